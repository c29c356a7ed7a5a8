package org.advocate.check;

import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=T::message}, which
 * GitHub shows as annotations on the files of a pull request. Values are escaped as the runner
 * expects ({@code %}, CR and LF everywhere; also {@code :} and {@code ,} in properties).
 */
final class GithubFormat implements FindingFormat {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(List<Finding> findings, PrintWriter out, boolean colour) {
        for (Finding f : findings) {
            StringBuilder line = new StringBuilder("::").append(f.severity().label());
            line.append(" file=").append(property(f.file()));
            if (f.line() > 0) {
                line.append(",line=").append(f.line());
                if (f.column() > 0) {
                    line.append(",col=").append(f.column());
                }
            }
            line.append(",title=").append(property("advocate check: " + f.rule()));
            line.append("::").append(data(f.message()));
            out.println(line);
        }
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
