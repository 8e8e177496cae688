package nl.netwerkkaart.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.security.CurrentUser;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Records refusals by a role gate ({@code @PreAuthorize} on a service) as DENIED audit events, so that, for example, a
 * municipality user asking for a family is logged like a coach asking for someone else's family. The event names the
 * service's object type, the action the method's name implies, and the ids among its arguments; a {@code familyId}
 * argument (or input field) becomes the event's client, so the family's coach sees the attempt in the trail.
 */
@Component
class AuthorizationDenialAuditor {

    private final AuditService audit;
    private final CurrentUser currentUser;

    AuthorizationDenialAuditor(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        // Refusals of whole HTTP requests are the web layer's business; only signed-in users can be audited.
        if (!(event.getObject() instanceof MethodInvocation invocation) || currentUser.find().isEmpty()) {
            return;
        }
        var method = invocation.getMethod();
        var ids = new LinkedHashSet<String>();
        var familyId = arguments(method, invocation.getArguments(), ids);
        audit.recordDenied(new AuditRecord(action(method.getName()), AuditOutcome.DENIED, familyId, List.of(),
                List.of(objectType(method)), new ArrayList<>(ids), PurposeOfUse.CARE,
                "refused by role: " + method.getDeclaringClass().getSimpleName() + "." + method.getName()));
    }

    /** Collects UUID arguments into {@code ids} and returns the one that names the family, if any. */
    private static String arguments(Method method, Object[] values, Set<String> ids) {
        String familyId = null;
        var parameters = method.getParameters();
        for (int i = 0; i < values.length; i++) {
            var value = values[i];
            if (value instanceof String text && Ids.isUuid(text)) {
                ids.add(text.toLowerCase());
                if (parameters[i].getName().equals("familyId")) {
                    familyId = text.toLowerCase();
                }
            }
            else if (value != null && value.getClass().isRecord()) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    var name = component.getName();
                    if ((name.equals("id") || name.equals("familyId"))
                            && component(component, value) instanceof String text && Ids.isUuid(text)) {
                        ids.add(text.toLowerCase());
                        familyId = name.equals("familyId") ? text.toLowerCase() : familyId;
                    }
                }
            }
        }
        return familyId;
    }

    private static Object component(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        }
        catch (ReflectiveOperationException unreadable) {
            return null;
        }
    }

    /** FamilyService → Family: services are named after what they serve. */
    private static String objectType(Method method) {
        return method.getDeclaringClass().getSimpleName().replaceFirst("Service$", "");
    }

    /** The action a service method's name implies; reading is the default. */
    static AuditAction action(String methodName) {
        if (methodName.startsWith("erase")) {
            return AuditAction.ERASE;
        }
        if (methodName.startsWith("export")) {
            return AuditAction.EXPORT;
        }
        if (methodName.startsWith("search")) {
            return AuditAction.SEARCH;
        }
        if (methodName.matches("(create|add|record|schedule|propose|invite|import).*")) {
            return AuditAction.CREATE;
        }
        if (methodName.matches("(delete|remove).*")) {
            return AuditAction.DELETE;
        }
        if (methodName.matches("(update|revoke|confirm|start|close|end|respond|set).*")) {
            return AuditAction.UPDATE;
        }
        return AuditAction.READ;
    }
}
