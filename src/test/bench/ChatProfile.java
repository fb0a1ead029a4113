import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the chat assistant's CPU goes in a JFR recording (settings=profile): of the execution samples whose stack
 * holds ChatService.chat, the share under each part (the first listed part found from the top of the stack counts),
 * and the methods most often on top; then what the assistant's threads waited for (parks, monitors, socket reads and
 * disk syncs under ChatService.chat, and every disk sync of the shop; JFR's profile settings record only those of
 * 10 ms or more), the GC pauses and the JIT compilations of 100 ms or more
 * of the recording, which a turn may wait behind. Run with the JDK's single-file launcher:
 *   java src/test/bench/ChatProfile.java /tmp/chat.jfr
 */
public class ChatProfile {

    /** Parts in the order they are looked for, innermost first: a spell check inside a search counts as the spell check. */
    private static final List<String[]> PARTS = List.of(
            new String[]{"spell check (search)", "io.vitrine.search.SpellCorrector"},
            new String[]{"typo automata (search)", "io.vitrine.search.TypoQuery"},
            new String[]{"facets (search)", "io.vitrine.search.FacetCounter"},
            new String[]{"highlights (search)", "io.vitrine.search.HitHighlighter"},
            new String[]{"catalogue search, rest", "io.vitrine.search."},
            new String[]{"recommendations", "io.vitrine.recommend."},
            new String[]{"policy pages (FAQ index)", "io.vitrine.chat.faq."},
            new String[]{"language identification", "io.vitrine.chat.understanding.LanguageIdentifier"},
            new String[]{"intent classifier", "io.vitrine.chat.understanding.IntentModel"},
            new String[]{"product names index", "io.vitrine.chat.understanding.ProductNames"},
            new String[]{"shelves (product types)", "io.vitrine.chat.understanding.ProductTypes"},
            new String[]{"conversation store", "io.vitrine.chat.conversation."},
            new String[]{"catalogue reads", "io.vitrine.catalog."},
            new String[]{"answers, other", "io.vitrine.chat.answers."},
            new String[]{"understanding, other", "io.vitrine.chat.understanding."});

    public static void main(String[] args) throws Exception {
        Map<String, Integer> byPart = new HashMap<>();
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> otherThreads = new HashMap<>();
        int total = 0;
        int all = 0;
        Map<String, List<Duration>> waits = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample")) {
                wait(e, type, waits);
                continue;
            }
            all++;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().stream().noneMatch(f -> name(f).equals("io.vitrine.chat.ChatService.chat"))) {
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                otherThreads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
                continue;
            }
            total++;
            String part = "chat service, other";
            search:
            for (String[] p : PARTS) {
                for (RecordedFrame f : st.getFrames()) {
                    if (name(f).startsWith(p[1])) {
                        part = p[0];
                        break search;
                    }
                }
            }
            byPart.merge(part, 1, Integer::sum);
            topFrames.merge(name(st.getFrames().get(0)), 1, Integer::sum);
        }
        System.out.printf("%d execution samples, %d under ChatService.chat; the others by thread:%n", all, total);
        otherThreads.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(x -> System.out.printf("  %5d  %s%n", x.getValue(), x.getKey()));
        final int n = Math.max(1, total);
        byPart.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(x -> System.out.printf("  %-28s %5d  %5.1f %%%n", x.getKey(), x.getValue(), 100.0 * x.getValue() / n));
        System.out.println("waits (count, total, median, max):");
        waits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(x -> {
            List<Duration> d = new ArrayList<>(x.getValue());
            d.sort(null);
            long sum = d.stream().mapToLong(Duration::toNanos).sum();
            System.out.printf("  %-44s %5d  %9.1f ms  %7.2f ms  %7.1f ms%n", x.getKey(), d.size(), sum / 1e6,
                    d.get(d.size() / 2).toNanos() / 1e6, d.get(d.size() - 1).toNanos() / 1e6);
        });
        System.out.println("top frames:");
        topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(x -> System.out.printf("  %5d  %s%n", x.getValue(), x.getKey()));
    }

    /** Waits under the assistant by kind; disk syncs, GC pauses and long compilations of the whole shop. */
    private static void wait(RecordedEvent e, String type, Map<String, List<Duration>> waits) {
        String kind = switch (type) {
            case "jdk.ThreadPark" -> "park";
            case "jdk.JavaMonitorEnter" -> "monitor enter";
            case "jdk.JavaMonitorWait" -> "monitor wait";
            case "jdk.SocketRead" -> "socket read";
            case "jdk.FileForce" -> "disk sync";
            case "jdk.GCPhasePause" -> "GC pause (whole shop)";
            case "jdk.Compilation" -> "JIT compilation (whole shop)";
            default -> null;
        };
        if (kind == null) {
            return;
        }
        RecordedStackTrace st = e.getStackTrace();
        boolean underChat = st != null && st.getFrames().stream().anyMatch(f -> name(f).equals("io.vitrine.chat.ChatService.chat"));
        if (kind.endsWith("(whole shop)")) {
            waits.computeIfAbsent(kind, k -> new ArrayList<>()).add(e.getDuration());
        } else if (kind.equals("disk sync")) {
            waits.computeIfAbsent("disk sync (whole shop)", k -> new ArrayList<>()).add(e.getDuration());
        } else if (underChat) {
            waits.computeIfAbsent(kind + " under ChatService.chat", k -> new ArrayList<>()).add(e.getDuration());
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
