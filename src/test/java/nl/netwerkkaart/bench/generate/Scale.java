package nl.netwerkkaart.bench.generate;

import java.util.Locale;

/**
 * The three sizes the generator knows. Every municipality gets the same shape; a scale only says how many
 * municipalities and how many families, professionals and community resources they hold together.
 *
 * @param municipalities how many municipalities (the first is always Peel en Maas with its real kernen)
 * @param families       families over all municipalities
 * @param professionals  professionals over all municipalities, a tenth of them gezinscoaches
 * @param resources      community resources over all municipalities
 */
record Scale(String name, int municipalities, int families, int professionals, int resources) {

    static final Scale MUNICIPALITY = new Scale("municipality", 1, 5_000, 625, 250);
    static final Scale REGION = new Scale("region", 8, 50_000, 5_000, 2_000);
    static final Scale PROVINCE = new Scale("province", 40, 250_000, 25_000, 10_000);

    static Scale of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "municipality" -> MUNICIPALITY;
            case "region" -> REGION;
            case "province" -> PROVINCE;
            default -> throw new IllegalArgumentException("Unknown scale '" + name + "': use municipality, region or province");
        };
    }
}
