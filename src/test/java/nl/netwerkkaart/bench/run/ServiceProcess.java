package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the benchmark learns about the service process: its resident memory from /proc, and what bench/serve.sh
 * wrote about it (pid, start-up time, heap, page cache) in service.properties next to the report.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    /** What bench/serve.sh recorded, empty when it did not run or wrote nothing. */
    static Properties served(Path file) {
        var properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            catch (IOException e) {
                System.err.println("Cannot read " + file + ": " + e.getMessage());
            }
        }
        return properties;
    }

    /** The process listening on the TCP port, found through the socket inodes in /proc. */
    static Optional<Long> listeningOn(int port) {
        var inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> ownsSocket(p, inodes))
                    .map(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /** VmRSS and VmHWM (peak) of the process in KiB, empty when it is not readable. */
    static Optional<long[]> memoryKib(long pid) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            long[] memory = {-1, -1};
            lines.forEach(line -> {
                if (line.startsWith("VmRSS:")) {
                    memory[0] = kib(line);
                }
                else if (line.startsWith("VmHWM:")) {
                    memory[1] = kib(line);
                }
            });
            return memory[0] < 0 ? Optional.empty() : Optional.of(memory);
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The machine's load averages (1, 5, 15 minutes), to judge figures measured on a shared machine. */
    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    static boolean alive(long pid) {
        return Files.isDirectory(Path.of("/proc", Long.toString(pid)));
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static List<String> listeningInodes(int port) {
        var hexPort = String.format(":%04X", port);
        return Stream.of("/proc/net/tcp", "/proc/net/tcp6")
                .map(Path::of)
                .filter(Files::isReadable)
                .flatMap(file -> {
                    try {
                        return Files.readAllLines(file).stream().skip(1);
                    }
                    catch (IOException e) {
                        return Stream.empty();
                    }
                })
                .map(line -> line.trim().split("\\s+"))
                // local address, state 0A = LISTEN, inode
                .filter(fields -> fields.length > 9 && fields[1].endsWith(hexPort) && "0A".equals(fields[3]))
                .map(fields -> "socket:[" + fields[9] + "]")
                .toList();
    }

    private static boolean ownsSocket(Path process, List<String> sockets) {
        try (var descriptors = Files.list(process.resolve("fd"))) {
            return descriptors.anyMatch(fd -> {
                try {
                    return sockets.contains(Files.readSymbolicLink(fd).toString());
                }
                catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        }
        catch (IOException | SecurityException e) {
            return false;
        }
    }
}
