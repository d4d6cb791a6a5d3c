package io.relulab.spark;

import io.relulab.experiment.TrialExecutor;
import io.relulab.experiment.TrialFunction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Runs trials as one Spark job: {@code parallelize(specs, partitions).map(trial)}, submitted with a result handler
 * so that each partition's results reach the driver — and the caller's {@code onResult}, on the calling thread —
 * as soon as that partition finishes, not at the end of the job. Specs, the trial function and results travel
 * with Java serialisation.
 *
 * <p>Partitions: by default one per {@value #TRIALS_PER_PARTITION} trials and at least Spark's default
 * parallelism, so that trials of unequal cost balance across cores and a killed sweep loses at most the running
 * partitions (their finished trials are only logged when the partition ends).
 *
 * <p>With a {@code local} master the driver binds to 127.0.0.1 and the web UI is off: nothing listens beyond
 * loopback. {@link #close()} stops the context this executor started.
 */
public final class SparkTrialExecutor implements TrialExecutor {

    /** Trials per partition when {@code partitions} is not set. */
    public static final int TRIALS_PER_PARTITION = 8;

    private static final String LOOPBACK = "127.0.0.1";

    private final JavaSparkContext context;
    private final Integer partitions;
    private final boolean owned;

    private SparkTrialExecutor(JavaSparkContext context, Integer partitions, boolean owned) {
        this.context = context;
        this.partitions = partitions;
        this.owned = owned;
    }

    /**
     * Starts a Spark context. Settings: {@code master} (else spark-submit's {@code spark.master}) and
     * {@code partitions}.
     *
     * @throws IllegalArgumentException for an unknown setting, a bad partition count, or no master at all
     */
    public static SparkTrialExecutor start(Map<String, String> settings) {
        Set<String> unknown = new HashSet<>(settings.keySet());
        unknown.removeAll(Set.of("master", "partitions"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown Spark engine settings " + unknown + ", expected master, partitions");
        }
        Integer partitions = settings.containsKey("partitions") ? Integer.valueOf(settings.get("partitions")) : null;
        if (partitions != null && partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, got " + partitions);
        }
        SparkConf conf = configuration(settings.get("master"));
        return new SparkTrialExecutor(new JavaSparkContext(conf), partitions, true);
    }

    /** An executor on an existing context, which the caller keeps and stops (used by tests sharing one context). */
    public static SparkTrialExecutor on(JavaSparkContext context, Integer partitions) {
        return new SparkTrialExecutor(context, partitions, false);
    }

    /** The configuration for {@code master} (or spark-submit's), loopback-only for a local master. */
    public static SparkConf configuration(String master) {
        SparkConf conf = new SparkConf().setAppName("relulab sweep");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("--engine spark needs --master, e.g. --master local[2], unless run by spark-submit");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.set("spark.driver.bindAddress", LOOPBACK);
            conf.set("spark.driver.host", LOOPBACK);
            conf.set("spark.ui.enabled", "false");
        }
        return conf;
    }

    @Override
    public <S, R> void run(List<S> specs, TrialFunction<S, R> trial, Consumer<R> onResult) throws InterruptedException {
        if (specs.isEmpty()) {
            return;
        }
        int slices = Math.min(specs.size(), partitions != null ? partitions
                : Math.max(context.defaultParallelism(), (specs.size() + TRIALS_PER_PARTITION - 1) / TRIALS_PER_PARTITION));
        JavaRDD<R> results = context.parallelize(specs, slices).map(new Apply<>(trial));
        BlockingQueue<List<R>> arrived = new LinkedBlockingQueue<>();
        Function1<Iterator<R>, ArrayList<R>> collect = collector();
        Function2<Object, ArrayList<R>, BoxedUnit> handler = (partition, list) -> {
            arrived.add(list);
            return BoxedUnit.UNIT;
        };
        Function0<BoxedUnit> done = () -> BoxedUnit.UNIT;
        scala.collection.immutable.Seq<Object> all = CollectionConverters.asScala(
                IntStream.range(0, slices).boxed().map(i -> (Object) i).toList()).toList();
        SparkContext spark = context.sc();
        SimpleFutureAction<BoxedUnit> job = spark.submitJob(results.rdd(), collect, all, handler, done);
        int received = 0;
        try {
            while (received < specs.size()) {
                List<R> batch = arrived.poll(100, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (job.isCompleted() && arrived.isEmpty()) {
                        failure(job);
                        throw new IllegalStateException("the Spark job ended with " + received + " of " + specs.size() + " results");
                    }
                    continue;
                }
                for (R result : batch) {
                    onResult.accept(result);
                    received++;
                }
            }
        } catch (InterruptedException e) {
            job.cancel();
            throw e;
        }
    }

    /** Rethrows the job's failure, if it failed. */
    private static void failure(SimpleFutureAction<BoxedUnit> job) {
        scala.Option<scala.util.Try<BoxedUnit>> value = job.value();
        if (value.isDefined() && value.get().isFailure()) {
            Throwable cause = value.get().failed().get();
            throw new IllegalStateException("the Spark job failed: " + firstLine(cause.getMessage()), cause);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static <R> Function1<Iterator<R>, ArrayList<R>> collector() {
        return (Function1<Iterator<R>, ArrayList<R>> & Serializable) iterator -> {
            ArrayList<R> list = new ArrayList<>();
            while (iterator.hasNext()) {
                list.add(iterator.next());
            }
            return list;
        };
    }

    @Override
    public String describe() {
        return "spark " + context.master() + ", default parallelism " + context.defaultParallelism();
    }

    @Override
    public void close() {
        if (owned) {
            context.stop();
        }
    }

    /** The trial function as a Spark function. */
    private record Apply<S, R>(TrialFunction<S, R> trial) implements Function<S, R> {
        @Override
        public R call(S spec) {
            return trial.apply(spec);
        }
    }
}
