package org.advocate.check;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts findings in the order and form a reader expects: paths inside the working folder relative to
 * it, as CI annotations expect; files in the order they first come up; within a file, by position,
 * as compilers list.
 */
final class FindingOrder {
    private FindingOrder() {}

    static List<Finding> display(List<Finding> findings) {
        Path cwd = Path.of("").toAbsolutePath();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String file = f.file();
            try {
                Path p = Path.of(file);
                if (p.isAbsolute() && p.normalize().startsWith(cwd)) {
                    file = cwd.relativize(p.normalize()).toString();
                }
            } catch (InvalidPathException e) {
                // a label such as "--set x", not a path
            }
            out.add(new Finding(file, f.line(), f.column(), f.severity(), f.rule(), f.message()));
        }
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Finding f : out) {
            fileOrder.putIfAbsent(f.file(), fileOrder.size());
        }
        out.sort(
                Comparator.comparingInt((Finding f) -> fileOrder.get(f.file()))
                        .thenComparingInt(Finding::line)
                        .thenComparingInt(Finding::column));
        return out;
    }
}
