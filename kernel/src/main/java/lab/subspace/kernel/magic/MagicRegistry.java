package lab.subspace.kernel.magic;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every magic the kernel knows, by name (aliases included), with what %lsmagic and completion need. */
public final class MagicRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** A registered magic: its picocli command class and where it came from. */
    public record Entry(String name, Class<? extends Magic> type, Supplier<? extends Magic> factory,
                        String summary, String source) {

        /** A fresh, configured command line for one call (picocli keeps parsed state in it). */
        public CommandLine commandLine() {
            return Commands.configure(new CommandLine(factory.get()), name);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Registers a magic under its {@code @Command} name and aliases.
     *
     * @throws IllegalArgumentException when the class has no {@code @Command} name or an invalid one
     */
    public List<String> register(Class<? extends Magic> type, Supplier<? extends Magic> factory, String source) {
        Command command = type.getAnnotation(Command.class);
        if (command == null || command.name().isBlank() || command.name().equals("<main class>")) {
            throw new IllegalArgumentException(type.getName() + " must be annotated @Command(name = \"...\") to be a magic");
        }
        String summary = command.description().length > 0 ? command.description()[0].strip() : "";
        List<String> names = new ArrayList<>();
        names.add(command.name());
        names.addAll(List.of(command.aliases()));
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid magic name '" + name + "' on " + type.getName());
            }
            entries.put(name, new Entry(name, type, factory, summary, source));
        }
        return names;
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** All magics, sorted by name (aliases listed once, under their main name). */
    public List<Entry> all() {
        return entries.values().stream()
                .filter(e -> e.name().equals(e.type().getAnnotation(Command.class).name()))
                .sorted(Comparator.comparing(Entry::name))
                .toList();
    }

    public List<String> names() {
        return entries.keySet().stream().sorted().toList();
    }

    /** Names close to a mistyped one, for "did you mean" hints. */
    public List<String> similar(String name) {
        return entries.keySet().stream()
                .filter(n -> (name.length() >= 2 && n.startsWith(name)) || editDistance(n, name) <= 2)
                .sorted().limit(3).toList();
    }

    /**
     * The canonical name of the type {@code %name args} returns, used to give {@code var r = %name ...}
     * its real static type. Subcommands ({@code %name sub ...}) have their own result type.
     */
    public Optional<String> resultTypeName(String name, String args) {
        Entry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        Class<?> type = e.type();
        String first = args.strip().split("\\s+", 2)[0];
        Command command = type.getAnnotation(Command.class);
        for (Class<?> sub : command.subcommands()) {
            Command sc = sub.getAnnotation(Command.class);
            if (sc != null && Magic.class.isAssignableFrom(sub)
                    && (sc.name().equals(first) || List.of(sc.aliases()).contains(first))) {
                type = sub;
            }
        }
        try {
            Method run = type.getMethod("run", MagicContext.class);
            Class<?> result = run.getReturnType();
            if (result == Object.class || result.isPrimitive() || result.getCanonicalName() == null || !isPublic(result)) {
                return Optional.empty();
            }
            return Optional.of(result.getCanonicalName());
        } catch (NoSuchMethodException ex) {
            return Optional.empty();
        }
    }

    private static boolean isPublic(Class<?> k) {
        for (Class<?> c = k; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
