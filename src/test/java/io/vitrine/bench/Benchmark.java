package io.vitrine.bench;

import java.nio.file.Path;

/** One benchmark: reads the data sets under {@code data} and adds its figures to the report. */
public interface Benchmark {

    void run(Path data, BenchReport report) throws Exception;
}
