package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.lang.management.ManagementFactory;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * _time: what the shipped time.py needs from the platform, the clocks and the local time
 * zone. CPython's time module is C over the C library's clocks and tz database; here the
 * clocks are the JVM's and the zone rules java.time's. The calendar arithmetic, struct_time,
 * strftime and strptime are Python, in time.py.
 *
 * <p>The zone is named as the C library reads TZ: unset or empty means the system's zone,
 * "UTC"/"GMT" (optionally with a zero offset) UTC, an Olson name ("Europe/Paris") that zone,
 * and "NAME[+-]H[:MM]" a fixed offset west of Greenwich (POSIX's sign).
 */
final class TimeModule {
    private TimeModule() {
    }

    private static final Pattern FIXED = Pattern.compile("([A-Za-z]{3,})([+-]?)(\\d{1,2})(?::(\\d{2}))?");

    /** The zone and the abbreviation to show when the zone names itself by offset. */
    private record Zone(ZoneId id, String fixedName) {
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_time", null);
        Builtins.function(m.dict, "time", (self, args, kw) -> Types.newFloat(System.currentTimeMillis() / 1000.0));
        Builtins.function(m.dict, "time_ns", (self, args, kw) -> {
            Instant now = Instant.now();
            return Types.newInt(java.math.BigInteger.valueOf(now.getEpochSecond())
                    .multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                    .add(java.math.BigInteger.valueOf(now.getNano())));
        });
        Builtins.function(m.dict, "monotonic_ns", (self, args, kw) -> Types.newInt(System.nanoTime()));
        // CPU time: of the whole process (every JVM thread, as CPython counts all its
        // threads) and of the interpreter thread alone.
        Builtins.function(m.dict, "process_time_ns", (self, args, kw) -> Types.newInt(processCpuNanos()));
        Builtins.function(m.dict, "thread_time_ns", (self, args, kw) -> Types.newInt(
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()));
        Builtins.function(m.dict, "sleep", (self, args, kw) -> {
            double s = Conversions.toDouble(Args.one("sleep", args, kw));
            if (Double.isNaN(s)) {
                throw Errors.valueError("Invalid value NaN (not a number)");
            }
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            try {
                long ms = (long) (s * 1000);
                Thread.sleep(ms, (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "local_fields", (self, args, kw) -> {
            Args.range("local_fields", args, kw, 2, 2);
            long seconds = Ops.asLong(args[0]);
            Zone zone = zone(args[1]);
            ZonedDateTime t;
            try {
                t = Instant.ofEpochSecond(seconds).atZone(zone.id);
            } catch (DateTimeException e) {
                throw Errors.overflow("timestamp out of range for platform time_t");
            }
            boolean dst = zone.id.getRules().isDaylightSavings(t.toInstant());
            return fields(t, dst, abbreviation(zone, t.toInstant(), dst));
        });
        Builtins.function(m.dict, "local_mktime", (self, args, kw) -> {
            Args.range("local_mktime", args, kw, 8, 8);
            long[] f = new long[7];
            for (int i = 0; i < 7; i++) {
                f[i] = Ops.asLong(args[i]);
            }
            Zone zone = zone(args[7]);
            try {
                LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1)
                        .plusDays(f[2] - 1).plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
                ZonedDateTime t = ZonedDateTime.ofLocal(local, zone.id, null);
                // An ambiguous wall time (the hour repeated when DST ends): tm_isdst chooses.
                if (f[6] == 0) {
                    t = t.withLaterOffsetAtOverlap();
                } else if (f[6] > 0) {
                    t = t.withEarlierOffsetAtOverlap();
                }
                return Types.newInt(t.toEpochSecond());
            } catch (DateTimeException | ArithmeticException e) {
                throw Errors.overflow("mktime argument out of range");
            }
        });
        Builtins.function(m.dict, "zone_info", (self, args, kw) -> {
            Args.range("zone_info", args, kw, 2, 2);
            Zone zone = zone(args[0]);
            int year = (int) Ops.asLong(args[1]);
            // As CPython's init_timezone: the offsets of January and July of this year.
            Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone.id).toInstant();
            Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone.id).toInstant();
            int janOff = zone.id.getRules().getOffset(jan).getTotalSeconds();
            int julOff = zone.id.getRules().getOffset(jul).getTotalSeconds();
            boolean janDst = zone.id.getRules().isDaylightSavings(jan);
            String janName = abbreviation(zone, jan, janDst);
            String julName = abbreviation(zone, jul, zone.id.getRules().isDaylightSavings(jul));
            int std = janDst ? julOff : janOff;
            int alt = janDst ? janOff : julOff;
            String stdName = janDst ? julName : janName;
            String altName = janDst ? janName : julName;
            return Sys.tuple(Types.newInt(-std), Types.newInt(-alt), Types.newInt(janOff != julOff ? 1 : 0),
                    Types.newStr(stdName), Types.newStr(altName));
        });
        return m;
    }

    private static PyTuple fields(ZonedDateTime t, boolean dst, String abbreviation) {
        return Sys.tuple(Types.newInt(t.getYear()), Types.newInt(t.getMonthValue()), Types.newInt(t.getDayOfMonth()),
                Types.newInt(t.getHour()), Types.newInt(t.getMinute()), Types.newInt(t.getSecond()),
                Types.newInt(t.getDayOfWeek().getValue() - 1), Types.newInt(t.getDayOfYear()),
                Types.newInt(dst ? 1 : 0), Types.newStr(abbreviation),
                Types.newInt(t.getOffset().getTotalSeconds()));
    }

    /** The zone TZ names (tz is the value of TZ, or None when it is unset). */
    private static Zone zone(PyObject tz) {
        if (!(tz instanceof PyStr s) || s.value.isEmpty()) {
            return new Zone(ZoneId.systemDefault(), null);
        }
        String name = s.value.startsWith(":") ? s.value.substring(1) : s.value;
        Matcher fixed = FIXED.matcher(name);
        if (fixed.matches()) {
            int hours = Integer.parseInt(fixed.group(3));
            int minutes = fixed.group(4) == null ? 0 : Integer.parseInt(fixed.group(4));
            int west = (hours * 3600 + minutes * 60) * ("-".equals(fixed.group(2)) ? -1 : 1);
            return new Zone(ZoneOffset.ofTotalSeconds(-west), fixed.group(1));
        }
        if (name.equals("UTC") || name.equals("GMT") || name.equals("Etc/UTC")) {
            return new Zone(ZoneOffset.UTC, name.equals("GMT") ? "GMT" : "UTC");
        }
        try {
            return new Zone(ZoneId.of(name), null);
        } catch (DateTimeException e) {
            // The C library treats a zone it cannot find as UTC, named by its first letters.
            return new Zone(ZoneOffset.UTC, "UTC");
        }
    }

    private static String abbreviation(Zone zone, Instant when, boolean dst) {
        if (zone.fixedName != null) {
            return zone.fixedName;
        }
        if (zone.id instanceof ZoneOffset off) {
            return off.getTotalSeconds() == 0 ? "UTC" : off.getId();
        }
        if (zone.id.getId().equals("UTC") || zone.id.getId().equals("Etc/UTC")) {
            return "UTC";
        }
        String shortName = TimeZone.getTimeZone(zone.id).getDisplayName(dst, TimeZone.SHORT, Locale.ROOT);
        if (shortName.startsWith("GMT") && shortName.length() > 3) {
            // Zones with no abbreviation in the tz database are shown by offset, "+03".
            int total = zone.id.getRules().getOffset(when).getTotalSeconds();
            int h = Math.abs(total) / 3600;
            int mm = (Math.abs(total) % 3600) / 60;
            return (total < 0 ? "-" : "+") + String.format("%02d", h) + (mm != 0 ? String.format("%02d", mm) : "");
        }
        return shortName.isEmpty() ? zone.id.getDisplayName(TextStyle.SHORT, Locale.ROOT) : shortName;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
