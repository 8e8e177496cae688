package nl.netwerkkaart.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Fictional names and texts; only the Peel en Maas kernen are real places. */
final class Names {

    /** A household's background: its name lists and the languages spoken at home. */
    record Origin(List<String> given, List<String> family, List<String> languages, double weight) {
    }

    static final List<Origin> ORIGINS = List.of(
            new Origin(List.of("Mark", "Linda", "Sanne", "Tom", "Kevin", "Ellen", "Rik", "Anouk", "Bram", "Femke", "Joost",
                    "Marieke", "Niels", "Iris", "Pieter", "Laura", "Bas", "Eva", "Koen", "Lotte", "Daan", "Sara", "Sem",
                    "Fenna", "Jesse", "Noah", "Emma", "Luuk", "Julia", "Mila", "Thijs", "Tess", "Ruben", "Lieke", "Stijn",
                    "Yara", "Gijs", "Nina", "Jan", "Truus", "Mieke", "Henk", "Jo", "Anne", "Rob", "Wendy", "Ingrid"),
                    List.of("Verbeek", "Janssen", "Peeters", "Hendrikx", "Willems", "Gommans", "Seelen", "Stevens", "Driessen",
                            "Lemmen", "Rongen", "Smits", "Vossen", "Maessen", "Gielen", "Hanssen", "Derks", "Berden",
                            "Vullings", "Geurts", "Hoebers", "Kessels", "Linders", "Mulders", "Rutten", "Timmermans",
                            "Gubbels", "Heijnen", "Jacobs", "Moonen", "Tielen", "Coenen", "Beurskens", "Lenders", "Bos",
                            "Van Kempen", "Verheijen", "Hermans", "Jeurissen", "Kurvers", "Raijmakers", "Wijnen"),
                    List.of("nl"), 0.78),
            new Origin(List.of("Youssef", "Hanane", "Amira", "Bilal", "Nour", "Karim", "Fatima", "Samira", "Mohammed",
                    "Ilias", "Yasmina", "Soufiane"),
                    List.of("El Idrissi", "Bouzid", "El Amrani", "Azzouzi", "Haddou", "Boukhari", "Benali", "Ouali"),
                    List.of("nl", "ar"), 0.06),
            new Origin(List.of("Emre", "Ayşe", "Deniz", "Elif", "Mehmet", "Zeynep", "Can", "Selin", "Burak", "Esra"),
                    List.of("Kurt", "Çelik", "Yilmaz", "Demir", "Kaya", "Aydın", "Şahin"), List.of("tr", "nl"), 0.05),
            new Origin(List.of("Piotr", "Magda", "Zofia", "Jan", "Kasia", "Tomasz", "Agnieszka", "Marek", "Ola", "Kuba"),
                    List.of("Nowicki", "Kowalski", "Nowak", "Kowalczyk", "Wiśniewski", "Zając"), List.of("pl", "nl"), 0.05),
            new Origin(List.of("Omar", "Rania", "Lina", "Ahmad", "Hiba", "Sami", "Dana", "Tarek"),
                    List.of("Haddad", "Ahmadi", "Khalil", "Saleh", "Darwish"), List.of("ar", "en", "nl"), 0.03),
            new Origin(List.of("Yonas", "Selam", "Meron", "Dawit", "Saba", "Robel"),
                    List.of("Gebremariam", "Tesfaye", "Haile", "Berhane"), List.of("ti", "en", "nl"), 0.03));

    static final List<String> PLACE_PARTS_A = List.of("Beek", "Horst", "Maas", "Peel", "Venn", "Bree", "Linden", "Heide",
            "Broek", "Elsen", "Vlier", "Roer", "Swalm", "Geul", "Lei", "Kempen", "Berg", "Eik", "Hazel", "Wil", "Ooster",
            "Wester", "Zand", "Moer", "Beuken", "Ulen", "Ros", "Strij", "Haven", "Groen");
    static final List<String> PLACE_PARTS_B = List.of("dal", "rode", "hoven", "ven", "bergen", "wijk", "lo", "donk",
            "hout", "veld", "broek", "heide", "beek", "sum", "meer", "hem", "laar", "weerd", "rade", "oord");

    static final List<String> STREETS = List.of("Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Markt",
            "Stationsstraat", "Julianastraat", "Beatrixlaan", "Parallelweg", "Kapelstraat");

    static final Map<String, List<String>> QUESTIONS = Map.ofEntries(
            Map.entry("FINANCES", List.of("De rekeningen stapelen zich op en we zien geen uitweg meer uit de schulden.",
                    "We komen elke maand tekort en durven de post niet meer open te maken.")),
            Map.entry("WORK_AND_EDUCATION", List.of("Sinds het ontslag lukt het niet om nieuw werk te vinden.",
                    "Onze oudste weet niet welke opleiding hij na de zomer moet kiezen.")),
            Map.entry("DAYTIME_ACTIVITIES", List.of("Onze zoon zit de hele dag op zijn kamer te gamen.",
                    "De kinderen hebben na school niets te doen en vervelen zich.")),
            Map.entry("HOUSING", List.of("Het huis is te klein en vochtig; de kinderen zijn vaak ziek.",
                    "We hebben een huurachterstand en vrezen een huisuitzetting.")),
            Map.entry("DOMESTIC_RELATIONS", List.of("Sinds de scheiding is er veel ruzie over de omgangsregeling.",
                    "Thuis lopen de spanningen tussen ons als ouders hoog op.")),
            Map.entry("MENTAL_HEALTH", List.of("Onze dochter is somber en slaapt slecht.",
                    "Ik ben overbelast en merk dat ik snel boos word op de kinderen.")),
            Map.entry("PHYSICAL_HEALTH", List.of("Ons kind is vaak ziek en mist daardoor veel.",
                    "Door een chronische ziekte kan ik de zorg voor het gezin moeilijk aan.")),
            Map.entry("SUBSTANCE_USE", List.of("Onze zoon blowt regelmatig en we bereiken hem niet meer.",
                    "Het drinken van mijn partner zorgt voor onrust in huis.")),
            Map.entry("BASIC_ADL", List.of("De persoonlijke verzorging van ons kind kost ons al onze energie.")),
            Map.entry("INSTRUMENTAL_ADL", List.of("Het lukt niet om het huishouden en de administratie bij te houden.")),
            Map.entry("SOCIAL_NETWORK", List.of("Ik sta er alleen voor en heb weinig mensen om op terug te vallen.",
                    "Sinds de verhuizing kennen we hier bijna niemand.")),
            Map.entry("SOCIAL_PARTICIPATION", List.of("We willen meer meedoen in het dorp maar weten niet hoe.")),
            Map.entry("JUSTICE", List.of("Onze zoon is na een vernieling in aanraking gekomen met de politie.")),
            Map.entry("PARENTING", List.of("We weten niet meer hoe we met de driftbuien van ons kind om moeten gaan.",
                    "Onze puber houdt zich niet aan afspraken en we hebben veel ruzie.")),
            Map.entry("CHILD_DEVELOPMENT", List.of("De school maakt zich zorgen over de taalontwikkeling van onze jongste.",
                    "Ons kind loopt achter in de ontwikkeling en we willen weten wat er nodig is.")),
            Map.entry("SCHOOL", List.of("Onze dochter gaat steeds vaker niet naar school.",
                    "Ons kind heeft moeite met lezen en raakt achter op school.")),
            Map.entry("SAFETY", List.of("Er zijn zorgen over de veiligheid van de kinderen thuis.",
                    "Onze dochter wordt online lastiggevallen.")));

    static final List<String> TIE_NOTES = List.of("Past op dinsdag op de kinderen", "Helpt met brieven van de gemeente",
            "Rijdt mee naar de sportclub", "Kan goed luisteren", "Contact loopt stroef", "Ziet elkaar op het schoolplein",
            "Videobellen in het weekend", "Helpt bij klusjes in huis");
    static final List<String> END_REASONS = List.of("Verhuisd naar een andere stad", "Contact verwaterd",
            "Ruzie over geld", "Overleden", "Andere school", "Gestopt bij de club");
    static final List<String> REVOCATION_REASONS = List.of("Ouders willen eerst zelf verder",
            "Toestemming opnieuw gegeven met andere afspraken");
    static final List<String> LOCATIONS = List.of("Huis van de Wijk", "Gemeenschapshuis", "Gemeentehuis", "Bibliotheek");

    private Names() {
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static Origin origin(SplittableRandom random) {
        double x = random.nextDouble();
        for (var origin : ORIGINS) {
            x -= origin.weight();
            if (x < 0) {
                return origin;
            }
        }
        return ORIGINS.get(0);
    }
}
