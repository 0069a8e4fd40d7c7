package media.polyglot.local.manage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import media.polyglot.local.edge.AwsRequest;
import media.polyglot.local.edge.AwsResponse;
import media.polyglot.local.edge.ServiceEndpoint;

/**
 * The dashboard's files, served by the runtime itself from its own jar: a page, a script and a
 * style sheet, nothing from a CDN, so it works offline.
 */
public final class DashboardAssets implements ServiceEndpoint {

    public static final String PREFIX = "/dashboard/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    @Override
    public AwsResponse handle(AwsRequest request) {
        String file = request.path().substring(PREFIX.length());
        if (file.isEmpty()) {
            file = "index.html";
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (file.contains("..") || !TYPES.containsKey(extension)) {
            return AwsResponse.of(404, "text/plain", "no dashboard file " + file);
        }
        try (InputStream in = DashboardAssets.class.getResourceAsStream("/dashboard/" + file)) {
            if (in == null) {
                return AwsResponse.of(404, "text/plain", "no dashboard file " + file);
            }
            return new AwsResponse(200, TYPES.get(extension), in.readAllBytes(), Map.of("Cache-Control", "no-cache"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard file " + file, e);
        }
    }
}
