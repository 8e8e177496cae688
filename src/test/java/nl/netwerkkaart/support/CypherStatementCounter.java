package nl.netwerkkaart.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts every Cypher statement the service sends through the driver, so tests can prove that nested GraphQL
 * fields are batched instead of queried once per parent. Background work answers no request and runs at any moment,
 * so its threads are not counted: Spring Boot's {@code scheduling-} threads (sealing the audit chain), the start-up
 * warm-up, which goes on after readiness with the documents left, the statistics precomputation and the HSDS pull.
 */
@TestComponent
public class CypherStatementCounter implements BeanPostProcessor {

    /** Spring Boot's default {@code spring.task.scheduling.thread-name-prefix}, then the service's own threads. */
    private static final List<String> BACKGROUND_THREAD_PREFIXES =
            List.of("scheduling-", "warm-up", "statistics-precomputation", "hsds-pull");

    private final AtomicInteger count = new AtomicInteger();

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(Driver.class, driver) : bean;
    }

    private static boolean background(String threadName) {
        return BACKGROUND_THREAD_PREFIXES.stream().anyMatch(threadName::startsWith);
    }

    private <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("run") && (target instanceof Session || target instanceof Transaction)
                    && !background(Thread.currentThread().getName())) {
                count.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Session session && method.getReturnType() == Session.class) {
                return wrap(Session.class, session);
            }
            if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
                return wrap(Transaction.class, transaction);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
