package media.polyglot.local.stack;

import java.util.List;
import media.polyglot.local.edge.FunctionUrlServer;

/** A running stack: the account it runs in, its Function URLs, and what of its template does not run locally and why. */
public record StartedStack(String stackName, String accountId, List<FunctionUrlServer> urls, List<String> notRun) {

    public StartedStack {
        urls = List.copyOf(urls);
        notRun = List.copyOf(notRun);
    }
}
