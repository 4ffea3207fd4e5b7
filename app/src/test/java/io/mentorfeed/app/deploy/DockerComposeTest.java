package io.mentorfeed.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mentorfeed.app.MentorfeedCli;
import io.mentorfeed.app.ServiceName;
import io.mentorfeed.app.config.MentorfeedOptions;
import io.mentorfeed.app.config.OptionsLoader;
import io.mentorfeed.model.Ids;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine.ParseResult;

/**
 * docker-compose.yml is never started on our machines (no Docker engine), so this reads it as Compose would
 * (SnakeYAML resolves its anchors and merge keys) and checks it against the code: every command is a real one, every
 * MENTORFEED_ variable names a real config key and loads, ports and health checks are the ones the services open,
 * the Kafka image is the version our clients use, and the start order lets setup create the topics once.
 */
class DockerComposeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");
    private static final Map<String, ServiceName> SERVICE_COMMANDS = Map.of(
            "ingest", ServiceName.INGEST, "processor", ServiceName.PROCESSOR, "api", ServiceName.API);

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void everyPartIsThereWithTheReplicasTheIssueAsksFor() {
        assertThat(services).containsOnlyKeys("kafka", "setup", "ingest", "processor", "api", "mailpit");
        assertThat(replicas("ingest")).isEqualTo(2);
        assertThat(replicas("processor")).isEqualTo(2);
        assertThat(replicas("api")).isEqualTo(1);
    }

    @Test
    void kafkaIsTheApacheImageInKraftModeAtTheClientsVersion() {
        Map<String, String> env = environment("kafka");
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS").split(",")).contains("PLAINTEXT://kafka:9092");
    }

    @Test
    void everyMentorfeedServiceRunsARealCommandOnARealConfig() {
        for (String name : List.of("setup", "ingest", "processor", "api")) {
            List<String> command = command(name);
            ParseResult parsed = MentorfeedCli.commandLine().parseArgs(command.toArray(String[]::new));
            assertThat(parsed.subcommand().commandSpec().name()).as(name).isEqualTo(name);
            MentorfeedOptions options = options(name);
            assertThat(options.kafka().bootstrapServers()).as(name).isEqualTo("kafka:9092");
            assertThat(options.ops().host()).as(name).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void everyMentorfeedVariableIsARealConfigKey() {
        var known = new OptionsLoader().environmentVariables();
        for (String name : List.of("setup", "ingest", "processor", "api")) {
            assertThat(environment(name).keySet()).as(name)
                    .filteredOn(variable -> variable.startsWith(OptionsLoader.ENV_PREFIX))
                    .isSubsetOf(known);
        }
    }

    @Test
    void healthChecksAndPortsAreTheOnesTheServicesOpen() {
        SERVICE_COMMANDS.forEach((name, service) -> {
            URI check = URI.create(healthCheck(name));
            assertThat(check.getPort()).as(name).isEqualTo(options(name).ops().portOr(service.defaultOpsPort()));
            assertThat(check.getPath()).as(name).isEqualTo("/health/ready");
        });
        MentorfeedOptions api = options("api");
        assertThat(api.api().host()).isEqualTo("0.0.0.0");
        assertThat(ports("api")).contains(api.api().port() + ":" + api.api().port(), "9403:9403");
    }

    @Test
    void theDigestEmailGoesToMailpitAndTheLocalTokenIsWhatTheCommentSays() {
        var email = options("api").api().email();
        assertThat(email.enabled()).isTrue();
        assertThat(email.smtpHost()).isEqualTo("mailpit");
        assertThat(email.smtpPort()).isEqualTo(1025); // Mailpit's SMTP port
        assertThat(String.valueOf(services.get("mailpit").get("image"))).startsWith("axllent/mailpit:");
        assertThat(options("api").api().adminTokenHashes()).containsExactly(Ids.sha256Hex("local-admin-token"));
        assertThat(options("api").profiles()).as("a reader whose digest Mailpit can catch")
                .anySatisfy(profile -> assertThat(profile.email()).isNotBlank());
    }

    @Test
    @SuppressWarnings("unchecked")
    void setupRunsOnceKafkaIsHealthyAndTheServicesWaitForIt() {
        Map<String, Map<String, String>> setupDependsOn =
                (Map<String, Map<String, String>>) services.get("setup").get("depends_on");
        assertThat(setupDependsOn.get("kafka")).containsEntry("condition", "service_healthy");
        assertThat(services.get("setup").get("restart")).isEqualTo("no");
        for (String name : SERVICE_COMMANDS.keySet()) {
            var dependsOn = (Map<String, Map<String, String>>) services.get(name).get("depends_on");
            assertThat(dependsOn.get("setup")).as(name).containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void theDockerfileBuildsInStagesAndRunsAsAnUnprivilegedUserOnAJre21OrNewer() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        List<String> froms = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
        Matcher runtime = Pattern.compile("FROM eclipse-temurin:(\\d+)-jre").matcher(froms.getLast());
        assertThat(runtime.find()).as(froms.getLast()).isTrue();
        assertThat(Integer.parseInt(runtime.group(1))).isGreaterThanOrEqualTo(21);
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
        String expose = lines.stream().filter(line -> line.startsWith("EXPOSE ")).findFirst().orElseThrow();
        assertThat(expose.split(" ")).contains("8080", "9400", "9401", "9402", "9403");
        lines.stream().filter(line -> line.startsWith("COPY ") && !line.contains("--from="))
                .map(line -> line.split("\\s+")[line.contains("--chmod") ? 2 : 1])
                .forEach(source -> assertThat(ROOT.resolve(source)).as(source).exists());
    }

    @SuppressWarnings("unchecked")
    private static List<String> command(String service) {
        return (List<String>) services.get(service).get("command");
    }

    /** What the service's process loads: the mounted file (the repository's, here) and its environment. */
    private static MentorfeedOptions options(String service) {
        List<String> command = command(service);
        String mounted = command.get(command.indexOf("--config") + 1);
        return new OptionsLoader().forCommand(false, hostFileMountedAt(service, mounted), environment(service));
    }

    @SuppressWarnings("unchecked")
    private static Path hostFileMountedAt(String service, String containerPath) {
        for (String volume : (List<String>) services.get(service).get("volumes")) {
            String[] parts = volume.split(":");
            if (parts[1].equals(containerPath)) {
                return ROOT.resolve(parts[0]).normalize();
            }
        }
        throw new AssertionError(service + " mounts nothing at " + containerPath);
    }

    /** The service's environment with ${VAR:-default} as Compose resolves it when VAR is not set. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, Object> raw = (Map<String, Object>) services.get(service).getOrDefault("environment", Map.of());
        Map<String, String> env = new HashMap<>();
        raw.forEach((key, value) -> env.put(key, DEFAULTED.matcher(String.valueOf(value)).replaceAll("$2")));
        return env;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return (List<String>) services.get(service).getOrDefault("ports", List.of());
    }

    @SuppressWarnings("unchecked")
    private static int replicas(String service) {
        var deploy = (Map<String, Object>) services.get(service).get("deploy");
        return deploy == null ? 1 : (Integer) deploy.get("replicas");
    }

    @SuppressWarnings("unchecked")
    private static String healthCheck(String service) {
        var test = (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test");
        return test.getLast();
    }
}
