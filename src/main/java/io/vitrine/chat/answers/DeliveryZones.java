package io.vitrine.chat.answers;

import io.vitrine.platform.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the shop delivers and how long it takes after dispatch, per country ({@code vitrine.chat.delivery.zones},
 * e.g. {@code FR:2-3;BE,DE:3-6}); a country in no zone is not delivered. Express delivery goes to the
 * {@code express} countries in {@code expressDays}. Prices in euros, as the shipping FAQ states them.
 */
public record DeliveryZones(List<Zone> zones, Set<String> express, int expressDays, BigDecimal standardPrice,
                            BigDecimal freeFrom, BigDecimal expressPrice) {

    /** Countries (ISO 3166 codes) delivered in {@code minDays}-{@code maxDays} business days after dispatch. */
    public record Zone(Set<String> countries, int minDays, int maxDays) {
        public Zone {
            countries = Set.copyOf(countries);
            if (minDays < 1 || maxDays < minDays) {
                throw new InvalidInputException("invalid delivery days " + minDays + "-" + maxDays);
            }
        }
    }

    public DeliveryZones {
        zones = List.copyOf(zones);
        express = Set.copyOf(express);
        Objects.requireNonNull(standardPrice, "standardPrice");
        Objects.requireNonNull(freeFrom, "freeFrom");
        Objects.requireNonNull(expressPrice, "expressPrice");
    }

    /** The defaults of README's configuration table, which the shipping FAQ matches. */
    public static DeliveryZones standard() {
        return new DeliveryZones(parse("FR:2-3;BE,LU,DE,NL,ES,IT,PT,AT,IE,DK:3-6;CH,GB,NO,SE,FI,PL,CZ,GR:5-8"), Set.of("FR"), 1,
                new BigDecimal("4.90"), new BigDecimal("50"), new BigDecimal("9.90"));
    }

    /** {@code "FR:2-3;BE,DE:3-6"}: zones separated by ";", countries by ",", days as "n" or "min-max". */
    public static List<Zone> parse(String spec) {
        List<Zone> out = new ArrayList<>();
        for (String zone : spec.split(";")) {
            if (zone.isBlank()) {
                continue;
            }
            String[] parts = zone.split(":");
            if (parts.length != 2) {
                throw new InvalidInputException("a delivery zone is COUNTRY,COUNTRY:days, not " + zone);
            }
            int[] days = days(parts[1]);
            Set<String> countries = Set.of(parts[0].strip().toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
            out.add(new Zone(countries, days[0], days[1]));
        }
        return out;
    }

    /** "2-3" or "2": business days. */
    public static int[] days(String days) {
        try {
            String[] parts = days.strip().split("\\s*-\\s*");
            int from = Integer.parseInt(parts[0]);
            return new int[] {from, parts.length > 1 ? Integer.parseInt(parts[1]) : from};
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days must be n or min-max, not " + days);
        }
    }

    /** The zone of a country, empty when the shop does not deliver there. */
    public Optional<Zone> zone(String country) {
        return zones.stream().filter(z -> z.countries().contains(country)).findFirst();
    }

    public boolean hasExpress(String country) {
        return express.contains(country);
    }

    /** Every country delivered, in zone order. */
    public List<String> countries() {
        return zones.stream().flatMap(z -> z.countries().stream().sorted()).toList();
    }
}
