package nl.netwerkkaart.network;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo network of Gezin Verbeek, which the demo pages show, as the demo coach and demo professional see it. */
class NetworkDemoTest extends GraphQlTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";

    @Test
    void the_demo_coach_sees_a_rich_network_of_gezin_verbeek_with_its_weak_spots_and_history() {
        var coach = demoAccount("coach");
        coach.documentName("familyNetwork").variable("familyId", VERBEEK).execute()
                .path("familyNetwork.nodes[*].ring").entityList(Integer.class).contains(0, 1, 2, 3, 4)
                .path("familyNetwork.nodes").entityList(Object.class).satisfies(nodes -> assertThat(nodes).hasSizeBetween(19, 29));
        coach.documentName("networkSummary").variable("familyId", VERBEEK).execute()
                .path("networkSummary.singlePointsOfFailure[?(@.type == 'CHILDCARE')].person.givenName").entityList(String.class)
                .containsExactly("Truus")
                .path("networkSummary.stressfulTies").entityList(Object.class).satisfies(ties -> assertThat(ties).isNotEmpty())
                .path("networkSummary.brokenTies").entityList(Object.class).satisfies(ties -> assertThat(ties).isNotEmpty());
        coach.documentName("networkChanges").variable("familyId", VERBEEK).variable("from", NetworkTestSupport.daysAgo(365)).execute()
                .path("networkChanges.endedTies").entityList(Object.class).satisfies(ties -> assertThat(ties).isNotEmpty())
                .path("networkChanges.changedTies").entityList(Object.class).satisfies(ties -> assertThat(ties).isNotEmpty());
        coach.documentName("selfRelianceTrend").variable("familyId", VERBEEK).execute()
                .path("selfRelianceTrend.assessments").entityList(Object.class).hasSize(3);
    }

    @Test
    void the_demo_professional_sees_the_map_the_family_consented_to_share() {
        demoAccount("professional").documentName("networkSupportFor").variable("helpQuestionId", "6208f8d8-0291-55ff-a4aa-1af85bedef47")
                .execute()
                .path("networkSupportFor").entityList(Object.class).satisfies(candidates -> assertThat(candidates).isNotEmpty());
    }
}
