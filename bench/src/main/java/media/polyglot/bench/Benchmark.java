package media.polyglot.bench;

import java.util.List;

/** One benchmark: starts what it measures, warms it up, measures, stops it, and returns its figures. */
public interface Benchmark {

    String name();

    List<Figure> run(BenchRun run) throws Exception;
}
