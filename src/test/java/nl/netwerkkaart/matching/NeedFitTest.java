package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of covering a need, used by the minimal team and the tent's participant suggestions. */
class NeedFitTest {

    private static final Need NEED = new Need(new Expertise("e1", "Verslavingszorg", null, null, null), 0.8, Need.Source.SUGGESTED, List.of("gok"));

    private static QuestionNeeds.NeedFit fit(ExpertiseFit fit, boolean spoken) {
        return new QuestionNeeds.NeedFit(NEED, NEED.weight() * (fit == null ? 0.5 : fit.factor()), "", fit, spoken);
    }

    @Test
    void theTermItselfASpecialisationSpokenOfAndTheBroaderTermCoverANeed() {
        assertThat(fit(ExpertiseFit.EXACT, true).covers()).isTrue();
        assertThat(fit(ExpertiseFit.NARROWER, true).covers()).isTrue();
        assertThat(fit(ExpertiseFit.BROADER, true).covers()).isTrue();
    }

    @Test
    void aTermBesideItASpecialisationNotSpokenOfOrADescriptionDoNot() {
        assertThat(fit(ExpertiseFit.SIBLING, true).covers()).isFalse();
        assertThat(fit(ExpertiseFit.NARROWER, false).covers()).isFalse();
        assertThat(fit(null, false).covers()).isFalse();
    }
}
