/**
 * Training the recommendation models with Apache Spark when one JVM is not enough. The job itself
 * ({@code SparkShopJob}, {@code SparkShopTrainer}, {@code MongoEventSource}) lives in its own source folder,
 * {@code src/spark/java}, compiled against the test-scope Spark MLlib and never packaged in the WAR; the shop side
 * here holds no Spark class: {@link io.vitrine.recommend.spark.SparkSettings} says when Spark trains (off, always, or
 * above an event count), {@link io.vitrine.recommend.spark.SparkTraining} runs the job as a separate process
 * ({@code java -cp} in {@code local[n]}, or {@code spark-submit} to a cluster in client mode) and reads the
 * {@link io.vitrine.recommend.spark.SparkCandidate} it writes, which then goes through the same holdout gate, save
 * and swap as a model trained in the shop.
 */
package io.vitrine.recommend.spark;
