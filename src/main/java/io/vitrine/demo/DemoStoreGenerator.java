package io.vitrine.demo;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SubCategory;
import io.vitrine.customer.Account;
import io.vitrine.platform.security.Role;
import io.vitrine.demo.DemoCatalogue.Cat;
import io.vitrine.demo.DemoCatalogue.Colour;
import io.vitrine.demo.DemoCatalogue.Gender;
import io.vitrine.demo.DemoCatalogue.Material;
import io.vitrine.demo.DemoCatalogue.Season;
import io.vitrine.demo.DemoCatalogue.Style;
import io.vitrine.demo.DemoCatalogue.Sub;
import io.vitrine.demo.DemoStore.Bundle;
import io.vitrine.demo.DemoStore.ShopperTaste;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import io.vitrine.order.OrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.logging.Logger;

/**
 * Generates the demo store: catalogue, shoppers with distinct tastes, 180 days of browsing sessions, orders and
 * ratings. Deterministic for a {@link DemoSpec}: one {@link SplittableRandom} per phase, lists walked in index
 * order, no hash-order iteration, no clock reads, and {@link StrictMath} so that floating point is the same on
 * every JVM.
 *
 * <p>Traffic is simulated session by session: a shopper lands (search, home page, category, recommendation or
 * direct), views a few products of the sub-category they came for, adds some to the cart and sometimes checks out.
 * Product choice follows a Zipf-like popularity within each sub-category, filtered by the shopper's colour and price
 * taste; days follow a weekday and seasonal rhythm; hours an evening peak.
 */
public final class DemoStoreGenerator {

    private static final Logger LOG = Logger.getLogger(DemoStoreGenerator.class.getName());

    static final String[] SELLER_NAMES = {"Maison Aubert", "Le Grenier Malin", "Northlight Goods", "Rue des Arts",
        "Comptoir Azur", "Studio Vela", "La Malle Bleue", "Kettle & Pine", "Bazar Solène", "Atlas Outfitters",
        "Coin Chic", "Pixel Port", "Ohm Street", "Atelier Margaux", "Harbour & Hill", "Les Jolies Choses",
        "Trailhead Supply", "Sérénité Beauté", "Gadget Garage", "Maison Ondine", "Vert Tilleul", "Foxglove Home",
        "Cadran d'Or", "Sportivo Lyon"};
    private static final String[] COUNTRIES = {"FR", "FR", "FR", "BE", "DE", "ES", "IT", "NL"};
    private static final String[] FIRST_NAMES = {"Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Louise",
        "Jade", "Alice", "Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Arthur", "Jules", "Théo", "Noah", "Adam",
        "Olivia", "Amelia", "Isla", "Grace", "Freya", "Oliver", "George", "Harry", "Jack", "Leo", "Sofia", "Lena",
        "Marta", "Yasmine", "Karim", "Mehdi", "Anaïs", "Pauline", "Romain", "Julien"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Smith", "Jones", "Taylor",
        "Brown", "Wilson", "Evans", "Rossi", "Müller", "Novak", "Haddad", "Benali", "Nguyen", "Fontaine", "Roux",
        "Blanc"};
    private static final String[] MODEL_LINES = {"Riviera", "Alto", "Nova", "Étoile", "Solstice", "Marais", "Orée",
        "Horizon", "Lumen", "Brume", "Cap", "Sillage"};

    /** Where a shopper's first click of a session comes from; weights below. */
    private static final String[] ENTRY_SOURCES = {"search", "home:popular", "home:new", "category",
        "recommendation:for-you", "direct"};
    private static final double[] ENTRY_CDF = cdf(new double[] {0.30, 0.18, 0.05, 0.22, 0.13, 0.12});
    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 24 * HOUR_MS;
    static final String BOUGHT_TOGETHER = "recommendation:bought-together";
    static final String SIMILAR = "recommendation:similar";

    /** Product pages viewed per session is 1 + geometric with this mean. */
    private static final double EXTRA_VIEWS_MEAN = 3.2;
    private static final double MEAN_SESSIONS_PER_SHOPPER = 20;
    private static final int MINIMUM_ORDERS_PER_SHOPPER = 5;
    private static final double ANONYMOUS_SHARE = 0.12;
    private static final double CART_BASE = 0.114;
    private static final double CHECKOUT = 0.42;
    private static final double[] WEEKDAY = {1.0, 0.94, 0.93, 0.97, 0.96, 1.14, 1.32};
    private static final double[] HOURS = {0.30, 0.16, 0.09, 0.06, 0.06, 0.10, 0.25, 0.50, 0.75, 0.85, 0.90, 0.95,
        1.15, 1.20, 0.95, 0.90, 0.95, 1.05, 1.25, 1.45, 1.65, 1.75, 1.40, 0.80};

    /** Generates the store for {@code spec}: a few seconds at the default size, within a 128 MB heap. */
    public DemoStore generate(DemoSpec spec) {
        return new Run(spec).run();
    }

    /** One generation: the mutable working state, dropped once the immutable store is built. */
    private static final class Run {
        private final DemoSpec spec;
        private final long nowMs;
        private final long startMs;
        private final List<Cat> cats = DemoCatalogue.CATEGORIES;
        private final List<Sub> subs = new ArrayList<>();
        private final int[] subCat;
        private Draft[] drafts;
        private int[][] subProducts;
        private double[][] subCdf;
        private double[] globalCdf;
        private double[] subCdfGlobal;
        private Taste[] tastes;
        private long firstMidnight;
        private double[] dayCdf;
        private double[] hourCdf;
        private final List<Ev> events = new ArrayList<>();
        private final List<OrderDraft> orders = new ArrayList<>();
        private final Map<String, Integer> subIndex = new LinkedHashMap<>();

        Run(DemoSpec spec) {
            this.spec = spec;
            this.nowMs = spec.now().toEpochMilli();
            this.startMs = nowMs - Duration.ofDays(spec.days()).toMillis();
            for (Cat c : cats) {
                subs.addAll(c.subs());
            }
            subCat = new int[subs.size()];
            int k = 0;
            for (int c = 0; c < cats.size(); c++) {
                for (Sub s : cats.get(c).subs()) {
                    subIndex.put(s.id(), k);
                    subCat[k++] = c;
                }
            }
        }

        private SplittableRandom rng(int phase) {
            return new SplittableRandom(mix(spec.seed() * 0x9E3779B97F4A7C15L + phase));
        }

        DemoStore run() {
            long t0 = System.nanoTime();
            List<Seller> sellers = sellers(rng(1));
            int[][] sellersByCat = sellersByCategory(rng(2), sellers.size());
            drafts(rng(3), sellers, sellersByCat);
            List<Bundle> bundles = bundles(rng(4));
            popularity(rng(5));
            rhythm();
            log(t0, "catalogue: %d categories, %d sub-categories, %d sellers, %d products, %d bundles",
                    cats.size(), subs.size(), sellers.size(), drafts.length, bundles.size());
            List<Account> accounts = new ArrayList<>();
            List<ShopperTaste> tasteList = shoppers(rng(6), accounts);
            log(t0, "shoppers: %d with tastes", tastes.length);
            simulate(rng(7));
            log(t0, "sessions: %d events, %d orders", events.size(), orders.size());
            ratings(rng(8));
            log(t0, "ratings: %d events in all", events.size());
            staffAccounts(sellers, accounts);
            List<Product> products = products();
            List<Order> builtOrders = buildOrders(rng(9), products);
            List<Interaction> interactions = buildEvents();
            log(t0, "assembled: %d products, %d accounts, %d events, %d orders", products.size(), accounts.size(),
                    interactions.size(), builtOrders.size());
            return new DemoStore(spec, categories(), sellers, products, accounts, tasteList, interactions, builtOrders,
                    bundles);
        }

        private static void log(long t0, String format, Object... args) {
            LOG.info(() -> String.format(Locale.ROOT, "demo store %5d ms  ", (System.nanoTime() - t0) / 1_000_000)
                    + String.format(Locale.ROOT, format, args));
        }

        // ---- catalogue ------------------------------------------------------------------------------------

        private List<Category> categories() {
            List<Category> list = new ArrayList<>();
            for (int c = 0; c < cats.size(); c++) {
                Cat cat = cats.get(c);
                List<SubCategory> sc = cat.subs().stream()
                        .map(s -> new SubCategory(s.id(), LocalizedText.of(s.en(), s.fr()))).toList();
                list.add(new Category(cat.id(), LocalizedText.of(cat.en(), cat.fr()), c + 1, sc));
            }
            return list;
        }

        private List<Seller> sellers(SplittableRandom r) {
            List<Seller> list = new ArrayList<>();
            for (int i = 0; i < SELLER_NAMES.length; i++) {
                String name = SELLER_NAMES[i];
                Instant joined = spec.now().minus(Duration.ofDays(200 + r.nextInt(1200)));
                list.add(new Seller(io.vitrine.catalog.Slug.of(name), name, DemoStore.sellerEmail(i + 1),
                        COUNTRIES[r.nextInt(COUNTRIES.length)], joined));
            }
            return list;
        }

        /** Every seller has a main category (three per category) and half of them a second one. */
        private int[][] sellersByCategory(SplittableRandom r, int sellerCount) {
            List<List<Integer>> by = new ArrayList<>();
            for (int c = 0; c < cats.size(); c++) {
                by.add(new ArrayList<>());
            }
            for (int s = 0; s < sellerCount; s++) {
                int main = s % cats.size();
                by.get(main).add(s);
                if (r.nextDouble() < 0.5) {
                    int second = r.nextInt(cats.size());
                    if (second != main) {
                        by.get(second).add(s);
                    }
                }
            }
            return by.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        private void drafts(SplittableRandom r, List<Seller> sellers, int[][] sellersByCat) {
            int n = spec.products();
            drafts = new Draft[n];
            double[] subWeightCdf = cdf(subs.stream().mapToDouble(Sub::weight).toArray());
            // every sub-category gets a fair base so that small ones still look like a shelf, the rest by weight
            int base = Math.min(n / subs.size(), 24);
            for (int i = 0; i < n; i++) {
                int si = i < base * subs.size() ? i % subs.size() : sample(subWeightCdf, r.nextDouble());
                Sub sub = subs.get(si);
                Cat cat = cats.get(subCat[si]);
                Draft d = new Draft();
                d.index = i;
                d.id = String.format(Locale.ROOT, "demo-%05d", i + 1);
                d.sub = si;
                int[] candidates = sellersByCat[subCat[si]];
                Seller seller = sellers.get(candidates[r.nextInt(candidates.length)]);
                d.seller = seller.id();
                int brandIndex = r.nextInt(cat.brands().size());
                d.brand = cat.brands().get(brandIndex);
                d.colour = DemoCatalogue.colour(sub.colours().get(r.nextInt(sub.colours().size())));
                d.material = sub.materials().get(r.nextInt(sub.materials().size()));
                d.style = sub.styles().get(r.nextInt(sub.styles().size()));
                String model = r.nextDouble() < 0.35 ? MODEL_LINES[r.nextInt(MODEL_LINES.length)] : null;
                // prices are log-uniform within the sub-category, nudged by the brand's positioning
                double pos = StrictMath.pow(r.nextDouble(), 1.3);
                double brandFactor = 0.85 + 0.06 * brandIndex;
                double eur = sub.minEur() * StrictMath.pow((double) sub.maxEur() / sub.minEur(), pos) * brandFactor;
                eur = Math.max(sub.minEur(), Math.min(sub.maxEur(), eur));
                d.priceCents = psychologicalPrice(eur, r);
                d.pricePos = StrictMath.log(d.priceCents / 100.0 / sub.minEur()) / StrictMath.log((double) sub.maxEur() / sub.minEur());
                double stockDraw = r.nextDouble();
                d.stock = stockDraw < 0.07 ? 0 : stockDraw < 0.19 ? 1 + r.nextInt(5) : 6 + r.nextInt(240);
                d.quality = r.nextDouble() * 2 - 1;
                // 85% were listed before the simulated period; the rest are new arrivals during it
                long created = r.nextDouble() < 0.85
                        ? startMs - Duration.ofDays(1 + r.nextInt(700)).toMillis()
                        : startMs + (long) (r.nextDouble() * 0.9 * (nowMs - startMs));
                // a product is listed after its seller joined
                d.createdAt = Math.max(created, seller.joinedAt().toEpochMilli() + Duration.ofDays(1).toMillis());
                d.attributes.put("colour", d.colour.key());
                for (DemoCatalogue.Attribute a : sub.attributes()) {
                    d.attributes.put(a.key(), a.values().get(r.nextInt(a.values().size())));
                }
                d.attributes.put(materialKey(sub), d.material.en().toLowerCase(Locale.ROOT));
                d.name = name(sub, d, model);
                d.description = description(cat, sub, d, r);
                drafts[i] = d;
            }
        }

        /** The facet the "material" word stands for: devices have editions, cosmetics finishes, and so on. */
        private String materialKey(Sub sub) {
            return switch (sub.id()) {
                case "smartphones", "laptops", "headphones", "speakers" -> "edition";
                case "cameras", "footballs", "bicycles", "face-creams" -> "type";
                case "lipsticks", "nail-polish" -> "finish";
                case "perfumes" -> "fragrance";
                default -> "material";
            };
        }

        private static long psychologicalPrice(double eur, SplittableRandom r) {
            if (eur < 20) {
                return Math.round(Math.floor(eur)) * 100 + (r.nextBoolean() ? 99 : 50);
            }
            if (eur < 200) {
                return Math.round(Math.floor(eur)) * 100 + (r.nextDouble() < 0.7 ? 99 : 0);
            }
            return (Math.round(eur / 10) * 10 - (r.nextBoolean() ? 1 : 0)) * 100;
        }

        private static LocalizedText name(Sub sub, Draft d, String model) {
            String suffix = model == null ? "" : " " + model;
            String en = d.brand + " " + d.style.en() + " " + d.material.en() + " " + sub.nounEn() + suffix + " – "
                    + d.colour.en();
            Gender g = sub.gender();
            String fr = sub.nounFr() + " " + d.style.fr(g) + " " + d.material.fr() + " " + d.colour.fr(g) + " "
                    + d.brand + suffix;
            return LocalizedText.of(en, fr);
        }

        private static LocalizedText description(Cat cat, Sub sub, Draft d, SplittableRandom r) {
            int first = r.nextInt(cat.features().size());
            int second = (first + 1 + r.nextInt(cat.features().size() - 1)) % cat.features().size();
            String[] feature = cat.features().get(first);
            String[] other = cat.features().get(second);
            Gender g = sub.gender();
            String article = g.plural() ? "Des" : g.feminine() ? "Une" : "Un";
            String en = d.style.en() + " " + englishWord(d.material.en()) + " " + englishWord(sub.nounEn()) + " by "
                    + d.brand + ", in " + d.colour.en().toLowerCase(Locale.ROOT) + ". " + feature[0] + ". " + other[0]
                    + ".";
            String fr = article + " " + sub.nounFr().toLowerCase(Locale.ROOT) + " " + d.style.fr(g) + " "
                    + d.material.fr() + " " + d.colour.fr(g) + " signé" + (g.feminine() ? "e" : "")
                    + (g.plural() ? "s" : "") + " " + d.brand + ". " + feature[1] + ". " + other[1] + ".";
            return LocalizedText.of(en, fr);
        }

        /** Lower-cases a word inside a sentence unless it is an acronym or a trade term ("Wi-Fi", "5G", "TPE"). */
        private static String englishWord(String w) {
            boolean keep = w.chars().skip(1).anyMatch(Character::isUpperCase) || w.chars().anyMatch(Character::isDigit);
            return keep ? w : w.toLowerCase(Locale.ROOT);
        }

        /** Each product of a bundle's first sub-category is paired with one of the second, same colour if any. */
        private List<Bundle> bundles(SplittableRandom r) {
            List<Bundle> list = new ArrayList<>();
            List<List<Integer>> bySub = productsBySub();
            for (String[] pair : DemoCatalogue.BUNDLE_SUBS) {
                List<Integer> from = bySub.get(subIndex.get(pair[0]));
                List<Integer> to = bySub.get(subIndex.get(pair[1]));
                for (int p : from) {
                    if (drafts[p].partner >= 0 || to.isEmpty()) {
                        continue;
                    }
                    int partner = to.get(r.nextInt(to.size()));
                    for (int tries = 0; tries < 6 && drafts[partner].colour != drafts[p].colour; tries++) {
                        int other = to.get(r.nextInt(to.size()));
                        if (drafts[other].colour == drafts[p].colour) {
                            partner = other;
                        }
                    }
                    drafts[p].partner = partner;
                    list.add(new Bundle(drafts[p].id, drafts[partner].id));
                }
            }
            return list;
        }

        private List<List<Integer>> productsBySub() {
            List<List<Integer>> bySub = new ArrayList<>();
            for (int s = 0; s < subs.size(); s++) {
                bySub.add(new ArrayList<>());
            }
            for (Draft d : drafts) {
                bySub.get(d.sub).add(d.index);
            }
            return bySub;
        }

        /** Zipf-like popularity: within each sub-category a random ranking, weight 1 / rank^1.1. */
        private void popularity(SplittableRandom r) {
            List<List<Integer>> bySub = productsBySub();
            subProducts = new int[subs.size()][];
            subCdf = new double[subs.size()][];
            double[] global = new double[drafts.length];
            for (int s = 0; s < subs.size(); s++) {
                int[] ps = bySub.get(s).stream().mapToInt(Integer::intValue).toArray();
                shuffle(ps, r);
                double[] w = new double[ps.length];
                double total = 0;
                for (int k = 0; k < ps.length; k++) {
                    w[k] = 1.0 / StrictMath.pow(k + 1, 1.1);
                    total += w[k];
                }
                for (int k = 0; k < ps.length; k++) {
                    global[ps[k]] = subs.get(s).weight() * w[k] / total;
                }
                subProducts[s] = ps;
                subCdf[s] = cdf(w);
            }
            globalCdf = cdf(global);
            subCdfGlobal = cdf(subs.stream().mapToDouble(Sub::weight).toArray());
        }

        /** Day weights: weekday, season (January and summer sales, Black Friday, Christmas) and slow growth. */
        private void rhythm() {
            // whole UTC days, so that hour weights mean hours of the day whatever the time of day of "now"
            LocalDate first = Instant.ofEpochMilli(startMs).atZone(ZoneOffset.UTC).toLocalDate();
            firstMidnight = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            double[] days = new double[(int) ((nowMs - firstMidnight) / DAY_MS) + 1];
            for (int d = 0; d < days.length; d++) {
                LocalDate date = first.plusDays(d);
                days[d] = WEEKDAY[date.getDayOfWeek().getValue() - 1] * seasonal(date) * (1 + 0.2 * d / days.length);
            }
            dayCdf = cdf(days);
            hourCdf = cdf(HOURS);
        }

        static double seasonal(LocalDate date) {
            int m = date.getMonthValue();
            int dom = date.getDayOfMonth();
            if (m == 11 && dom >= 22 && dom <= 30) {
                return 1.7; // Black Friday week
            }
            if (m == 12) {
                return dom <= 22 ? 1.45 : 0.9;
            }
            return switch (m) {
                case 1 -> dom <= 20 ? 1.2 : 0.9;
                case 2, 3 -> 0.9;
                case 6 -> dom >= 20 ? 1.15 : 1.0;
                case 7 -> 1.05;
                case 8 -> 0.8;
                default -> 1.0;
            };
        }

        // ---- shoppers -------------------------------------------------------------------------------------

        private List<ShopperTaste> shoppers(SplittableRandom r, List<Account> accounts) {
            tastes = new Taste[spec.shoppers()];
            List<ShopperTaste> out = new ArrayList<>();
            String[] tasteColours = {"black", "white", "navy", "blue", "red", "pink", "green", "beige", "grey",
                "burgundy", "gold", "silver", "teal", "mustard"};
            for (int i = 0; i < tastes.length; i++) {
                Taste t = new Taste();
                t.email = DemoStore.shopperEmail(i + 1);
                int favCount = 1 + (r.nextDouble() < 0.45 ? 1 : 0) + (r.nextDouble() < 0.3 ? 1 : 0);
                t.favs = new int[favCount];
                t.favs[0] = sample(subCdfGlobal, r.nextDouble());
                for (int f = 1; f < favCount; f++) {
                    int candidate;
                    if (r.nextDouble() < 0.6) {
                        // stay in the same category: someone who likes sneakers often likes boots
                        List<Sub> sameCat = cats.get(subCat[t.favs[0]]).subs();
                        candidate = subIndex.get(sameCat.get(r.nextInt(sameCat.size())).id());
                    } else {
                        candidate = sample(subCdfGlobal, r.nextDouble());
                    }
                    t.favs[f] = candidate;
                }
                t.favs = Arrays.stream(t.favs).distinct().toArray();
                t.priceSensitivity = Math.round(StrictMath.pow(r.nextDouble(), 0.8) * 100) / 100.0;
                t.colour = DemoCatalogue.colour(tasteColours[r.nextInt(tasteColours.length)]);
                t.language = r.nextDouble() < 0.55 ? "fr" : "en";
                double z = gaussian(r);
                t.activity = StrictMath.exp(0.8 * z - 0.32);
                // most shoppers joined before the simulated period; some joined during it
                t.joinedAt = r.nextDouble() < 0.85
                        ? startMs - Duration.ofDays(1 + r.nextInt(900)).toMillis()
                        : startMs + (long) (r.nextDouble() * 0.6 * (nowMs - startMs));
                String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
                String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
                Account a = new Account(t.email, first + " " + last, Role.SHOPPER, spec.shopperPasswordHash(), null,
                        Instant.ofEpochMilli(t.joinedAt));
                a.preferLanguage(t.language);
                accounts.add(a);
                tastes[i] = t;
                out.add(new ShopperTaste(t.email, Arrays.stream(t.favs).mapToObj(f -> subs.get(f).id()).toList(),
                        t.priceSensitivity, t.colour.key(), t.language));
            }
            // scale activity to a mean of exactly 1, so the amount of traffic does not swing with the seed
            double mean = Arrays.stream(tastes).mapToDouble(t -> t.activity).average().orElse(1);
            for (Taste t : tastes) {
                t.activity /= mean;
            }
            return out;
        }

        private void staffAccounts(List<Seller> sellers, List<Account> accounts) {
            for (int i = 0; i < sellers.size(); i++) {
                Seller s = sellers.get(i);
                accounts.add(new Account(s.email(), s.name(), Role.SELLER, spec.staffPasswordHash(), s.id(),
                        s.joinedAt()));
            }
            accounts.add(new Account(DemoStore.ADMIN_EMAIL, "Vitrine Admin", Role.ADMIN, spec.staffPasswordHash(),
                    null, Instant.ofEpochMilli(startMs - Duration.ofDays(1000).toMillis())));
        }

        // ---- traffic --------------------------------------------------------------------------------------

        private void simulate(SplittableRandom r) {
            int loggedInSessions = 0;
            for (Taste t : tastes) {
                int sessions = poisson(r, t.activity * MEAN_SESSIONS_PER_SHOPPER);
                for (int s = 0; s < sessions; s++) {
                    long start = sessionStart(r);
                    if (start < t.joinedAt) {
                        continue;
                    }
                    session(r, t, t.email, start);
                    loggedInSessions++;
                }
            }
            // the issue promises a minimum number of orders whatever the seed: top up with a few more sessions
            int minimumOrders = MINIMUM_ORDERS_PER_SHOPPER * tastes.length;
            while (orders.size() < minimumOrders) {
                Taste t = tastes[r.nextInt(tastes.length)];
                long start = sessionStart(r);
                if (start >= t.joinedAt) {
                    session(r, t, t.email, start);
                    loggedInSessions++;
                }
            }
            int anonymous = (int) Math.round(loggedInSessions * ANONYMOUS_SHARE / (1 - ANONYMOUS_SHARE));
            for (int a = 0; a < anonymous; a++) {
                String user = Interaction.ANONYMOUS_PREFIX + Long.toHexString(r.nextLong() >>> 16);
                session(r, null, user, sessionStart(r));
            }
        }

        private long sessionStart(SplittableRandom r) {
            long latest = nowMs - 2 * HOUR_MS; // sessions last under two hours; keep them inside the period
            long t = latest;
            for (int tries = 0; tries < 20; tries++) {
                int day = sample(dayCdf, r.nextDouble());
                int hour = sample(hourCdf, r.nextDouble());
                t = firstMidnight + day * DAY_MS + hour * HOUR_MS + (long) (r.nextDouble() * HOUR_MS);
                // the first and last days are only partly inside the period: draw again outside it
                if (t >= startMs && t <= latest) {
                    return t;
                }
            }
            return Math.max(startMs, Math.min(t, latest));
        }

        private void session(SplittableRandom r, Taste taste, String user, long start) {
            long t = start;
            int intent = intent(r, taste, t);
            String source = ENTRY_SOURCES[sample(ENTRY_CDF, r.nextDouble())];
            if (taste == null && source.equals("recommendation:for-you")) {
                source = "home:popular";
            }
            if (source.equals("search")) {
                Sub sub = subs.get(intent);
                boolean fr = taste != null ? taste.language.equals("fr") : r.nextBoolean();
                String q = (fr ? sub.fr() : sub.en()).toLowerCase(Locale.ROOT);
                if (taste != null && r.nextDouble() < 0.3) {
                    q = fr ? q + " " + taste.colour.frM() : taste.colour.en().toLowerCase(Locale.ROOT) + " " + q;
                }
                events.add(Ev.search(t, user, q, subProducts[intent].length));
                t += 3_000 + r.nextInt(10_000);
            }
            List<Integer> cart = new ArrayList<>();
            int views = 1 + geometric(r, EXTRA_VIEWS_MEAN);
            for (int v = 0; v < views && t < nowMs - 600_000; v++) {
                int product;
                if (v == 0 && source.startsWith("home:")) {
                    product = pickGlobal(r, t);
                } else {
                    if (v > 0 && r.nextDouble() < 0.12) {
                        intent = intent(r, taste, t);
                    }
                    product = pick(r, intent, taste, t);
                }
                if (product < 0) {
                    continue;
                }
                double u = r.nextDouble();
                String viewSource = v == 0 ? source : u < 0.35 ? SIMILAR : u < 0.75 ? "category" : source;
                t = view(r, user, product, viewSource, t);
                Draft d = drafts[product];
                if (taste != null && r.nextDouble() < (d.colour == taste.colour ? 0.07 : 0.025)) {
                    events.add(Ev.of(t + 5_000, InteractionType.LIKE, user, product, viewSource));
                }
                if (!cart.contains(product) && r.nextDouble() < cartProbability(d, taste)) {
                    t += 10_000 + r.nextInt(60_000);
                    events.add(Ev.of(t, InteractionType.ADD_TO_CART, user, product, viewSource));
                    cart.add(product);
                    if (d.partner >= 0 && !cart.contains(d.partner) && drafts[d.partner].createdAt <= t
                            && r.nextDouble() < 0.55) {
                        t = view(r, user, d.partner, BOUGHT_TOGETHER, t + 5_000);
                        if (drafts[d.partner].stock > 0 && r.nextDouble() < 0.62) {
                            t += 5_000 + r.nextInt(30_000);
                            events.add(Ev.of(t, InteractionType.ADD_TO_CART, user, d.partner, BOUGHT_TOGETHER));
                            cart.add(d.partner);
                        }
                    }
                    if (r.nextDouble() < 0.45) {
                        break; // many shoppers head for the basket right after adding something
                    }
                }
                t += 15_000 + r.nextInt(120_000);
            }
            if (taste != null && !cart.isEmpty() && r.nextDouble() < CHECKOUT) {
                t += 60_000 + r.nextInt(240_000);
                OrderDraft order = new OrderDraft(user, Math.min(t, nowMs - 1));
                for (int p : cart) {
                    if (order.products.isEmpty() || r.nextDouble() < 0.9) {
                        Sub sub = subs.get(drafts[p].sub);
                        int q = sub.maxQuantity() > 1 && r.nextDouble() < 0.2 ? 2 + r.nextInt(sub.maxQuantity() - 1) : 1;
                        order.products.add(p);
                        order.quantities.add(q);
                        events.add(Ev.purchase(order.at, user, p, q));
                    }
                }
                orders.add(order);
            }
        }

        private long view(SplittableRandom r, String user, int product, String source, long t) {
            // a click is logged when a tile is clicked on a list or a recommendation strip
            if (!source.equals("direct") && !source.equals("category")) {
                events.add(Ev.of(t, InteractionType.CLICK, user, product, source));
                t += 500 + r.nextInt(2_500);
            }
            events.add(Ev.of(t, InteractionType.VIEW, user, product, source));
            return t;
        }

        private double cartProbability(Draft d, Taste taste) {
            if (d.stock == 0) {
                return 0;
            }
            double p = CART_BASE * (1 + 0.2 * d.quality);
            if (taste == null) {
                return p * 0.7;
            }
            p *= d.colour == taste.colour ? 1.35 : 0.9;
            p *= 1.15 - 0.5 * taste.priceSensitivity * d.pricePos;
            for (int f : taste.favs) {
                if (f == d.sub) {
                    return p * 1.15;
                }
            }
            return p * 0.8;
        }

        /** The sub-category a session is about: mostly a favourite, sometimes browsing; out-of-season goods sell less. */
        private int intent(SplittableRandom r, Taste taste, long t) {
            for (int tries = 0; tries < 4; tries++) {
                int s;
                if (taste != null && r.nextDouble() < 0.72) {
                    s = taste.favs[r.nextDouble() < 0.6 ? 0 : r.nextInt(taste.favs.length)];
                } else {
                    s = sample(subCdfGlobal, r.nextDouble());
                }
                if (r.nextDouble() < seasonFit(subs.get(s).season(), t)) {
                    return s;
                }
            }
            return sample(subCdfGlobal, r.nextDouble());
        }

        private static double seasonFit(Season season, long t) {
            LocalDate date = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).toLocalDate();
            int m = date.getMonthValue();
            boolean summer = m >= 5 && m <= 8;
            boolean winter = m >= 11 || m <= 2;
            return switch (season) {
                case SUMMER -> summer ? 1.0 : winter ? 0.35 : 0.7;
                case WINTER -> winter ? 1.0 : summer ? 0.35 : 0.75;
                case GIFT -> m == 12 || m == 11 ? 1.0 : 0.8;
                case ANY -> 0.9;
            };
        }

        private int pick(SplittableRandom r, int sub, Taste taste, long t) {
            int[] ps = subProducts[sub];
            if (ps.length == 0) {
                return -1;
            }
            int fallback = -1;
            for (int tries = 0; tries < 6; tries++) {
                int p = ps[sample(subCdf[sub], r.nextDouble())];
                Draft d = drafts[p];
                if (d.createdAt > t) {
                    continue;
                }
                fallback = p;
                if (taste == null) {
                    return p;
                }
                double accept = (d.colour == taste.colour ? 1.0 : 0.55) * (1 - 0.7 * taste.priceSensitivity * d.pricePos);
                if (r.nextDouble() < accept) {
                    return p;
                }
            }
            return fallback;
        }

        private int pickGlobal(SplittableRandom r, long t) {
            for (int tries = 0; tries < 6; tries++) {
                int p = sample(globalCdf, r.nextDouble());
                if (drafts[p].createdAt <= t) {
                    return p;
                }
            }
            return -1;
        }

        /** A third of purchases are rated, 2 to 25 days later; mostly 4 and 5 stars, some disappointed buyers. */
        private void ratings(SplittableRandom r) {
            for (OrderDraft o : orders) {
                Taste taste = tasteOf(o.user);
                for (int p : o.products) {
                    if (r.nextDouble() >= 0.33) {
                        continue;
                    }
                    long at = o.at + Duration.ofDays(2).toMillis() + (long) (r.nextDouble() * Duration.ofDays(23).toMillis());
                    if (at >= nowMs) {
                        continue;
                    }
                    Draft d = drafts[p];
                    int stars;
                    if (r.nextDouble() < 0.07 - 0.03 * d.quality) {
                        stars = 1 + r.nextInt(2);
                    } else {
                        double mean = 4.25 + 0.45 * d.quality + (taste != null && d.colour == taste.colour ? 0.15 : 0);
                        stars = (int) Math.max(1, Math.min(5, Math.round(mean + 0.85 * gaussian(r))));
                    }
                    d.ratingCount++;
                    d.ratingTotal += stars;
                    events.add(Ev.rating(at, o.user, p, stars));
                }
            }
        }

        private Taste tasteOf(String email) {
            // shopperNNNN@...: the number is the index + 1
            int n = Integer.parseInt(email.substring("shopper".length(), email.indexOf('@')));
            return tastes[n - 1];
        }

        // ---- assembly -------------------------------------------------------------------------------------

        private List<Product> products() {
            List<Product> list = new ArrayList<>(drafts.length);
            for (Draft d : drafts) {
                Sub sub = subs.get(d.sub);
                list.add(Product.builder(new ProductId(d.id))
                        .seller(d.seller)
                        .name(d.name)
                        .description(d.description)
                        .category(cats.get(subCat[d.sub]).id(), sub.id())
                        .brand(d.brand)
                        .attributes(d.attributes)
                        .price(Money.euros(d.priceCents))
                        .stock(d.stock)
                        .ratings(d.ratingCount, d.ratingTotal)
                        .sourceRef("demo:" + d.id)
                        .createdAt(Instant.ofEpochMilli(d.createdAt))
                        .build());
            }
            return list;
        }

        /** Numbers rise with time, as a real shop's do; status follows the order's age, a few are cancelled. */
        private List<Order> buildOrders(SplittableRandom r, List<Product> products) {
            orders.sort(Comparator.comparingLong(o -> o.at));
            List<Order> list = new ArrayList<>(orders.size());
            long number = 10_000_000L + r.nextInt(5_000_000);
            for (OrderDraft o : orders) {
                number += 1 + r.nextInt(3);
                List<OrderLine> lines = new ArrayList<>();
                for (int k = 0; k < o.products.size(); k++) {
                    Product p = products.get(o.products.get(k));
                    lines.add(new OrderLine(p.id().value(), p.sellerId(), p.name().en(), p.price(), o.quantities.get(k)));
                }
                Order order = new Order("VT-" + number, o.user, lines, Instant.ofEpochMilli(o.at));
                long ageHours = (nowMs - o.at) / 3_600_000L;
                long h = 3_600_000L;
                if (r.nextDouble() < 0.03) {
                    order = order.moveTo(OrderStatus.CANCELLED, Instant.ofEpochMilli(Math.min(nowMs, o.at + h)));
                } else {
                    if (ageHours >= 2) {
                        order = order.moveTo(OrderStatus.PAID, Instant.ofEpochMilli(o.at + h / 4));
                    }
                    if (ageHours >= 30) {
                        order = order.moveTo(OrderStatus.SHIPPED, Instant.ofEpochMilli(o.at + 24 * h));
                    }
                    if (ageHours >= 96) {
                        order = order.moveTo(OrderStatus.DELIVERED, Instant.ofEpochMilli(o.at + 72 * h));
                    }
                }
                list.add(order);
            }
            return list;
        }

        /**
         * Sorts the events by time and numbers them; they stay compact records, and the returned list makes each
         * {@link Interaction} only when it is read. At ten times the default store (2.7 million events) the built
         * entities took several hundred MB until the last was written; the loader writes them in batches, so only a
         * batch is ever built.
         */
        private List<Interaction> buildEvents() {
            // sort primitive keys (time since start, then creation order) rather than objects: it is the
            // generator's largest sort, and the tie-break keeps a click before its view at the same millisecond
            if (events.size() >= 1 << 24) {
                throw new IllegalStateException("too many events for the sort key");
            }
            long[] keys = new long[events.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = (events.get(i).at - startMs) << 24 | i;
            }
            Arrays.sort(keys);
            Ev[] sorted = new Ev[keys.length];
            for (int i = 0; i < keys.length; i++) {
                sorted[i] = events.get((int) (keys[i] & 0xFFFFFF));
            }
            events.clear();
            String[] productIds = Arrays.stream(drafts).map(d -> d.id).toArray(String[]::new);
            return new GeneratedEvents(sorted, productIds);
        }
    }

    /** The store's events in time order, each made into an {@link Interaction} (with its id) when read. */
    static final class GeneratedEvents extends java.util.AbstractList<Interaction> implements java.util.RandomAccess {
        private final Ev[] sorted;
        private final String[] productIds;

        private GeneratedEvents(Ev[] sorted, String[] productIds) {
            this.sorted = sorted;
            this.productIds = productIds;
        }

        @Override
        public Interaction get(int index) {
            Ev e = sorted[index];
            String productId = e.product >= 0 ? productIds[e.product] : null;
            Instant at = Instant.ofEpochMilli(e.at);
            Interaction x = switch (e.type) {
                case SEARCH -> Interaction.search(e.user, e.query, e.resultCount, at);
                case RATING -> Interaction.rating(e.user, productId, e.rating, at);
                default -> Interaction.of(e.type, e.user, productId, at);
            };
            x = x.withId(eventId(index + 1));
            if (e.source != null) {
                x = x.withSource(e.source);
            }
            if (e.quantity > 1) {
                x = x.withQuantity(e.quantity);
            }
            return x;
        }

        @Override
        public int size() {
            return sorted.length;
        }
    }

    /** demo-ev-0000001; String.format is too slow for 300,000 ids. */
    private static String eventId(int n) {
        String digits = Integer.toString(n);
        return "demo-ev-" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    static double[] cdf(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static int sample(double[] cdf, double u) {
        int i = Arrays.binarySearch(cdf, u);
        i = i >= 0 ? i : -i - 1;
        return Math.min(i, cdf.length - 1);
    }

    private static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * r.nextDouble());
    }

    private static int geometric(SplittableRandom r, double mean) {
        double p = 1 / (1 + mean);
        return (int) Math.floor(StrictMath.log(1 - r.nextDouble()) / StrictMath.log(1 - p));
    }

    private static int poisson(SplittableRandom r, double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double l = StrictMath.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static final class Draft {
        int index;
        String id;
        int sub;
        String seller;
        String brand;
        Colour colour;
        Material material;
        Style style;
        long priceCents;
        double pricePos;
        int stock;
        double quality;
        long createdAt;
        final Map<String, String> attributes = new LinkedHashMap<>();
        LocalizedText name;
        LocalizedText description;
        int partner = -1;
        int ratingCount;
        long ratingTotal;
    }

    private static final class Taste {
        String email;
        int[] favs;
        double priceSensitivity;
        Colour colour;
        String language;
        double activity;
        long joinedAt;
    }

    private static final class OrderDraft {
        final String user;
        final long at;
        final List<Integer> products = new ArrayList<>();
        final List<Integer> quantities = new ArrayList<>();

        OrderDraft(String user, long at) {
            this.user = user;
            this.at = at;
        }
    }

    /** A compact event until the list is sorted and numbered. */
    private record Ev(long at, InteractionType type, String user, int product, String source, int rating,
                      int quantity, String query, int resultCount) {
        static Ev of(long at, InteractionType type, String user, int product, String source) {
            return new Ev(at, type, user, product, source, 0, type == InteractionType.ADD_TO_CART ? 1 : 0, null, 0);
        }

        static Ev purchase(long at, String user, int product, int quantity) {
            return new Ev(at, InteractionType.PURCHASE, user, product, null, 0, quantity, null, 0);
        }

        static Ev rating(long at, String user, int product, int stars) {
            return new Ev(at, InteractionType.RATING, user, product, null, stars, 0, null, 0);
        }

        static Ev search(long at, String user, String query, int results) {
            return new Ev(at, InteractionType.SEARCH, user, -1, null, 0, 0, query, results);
        }
    }
}
