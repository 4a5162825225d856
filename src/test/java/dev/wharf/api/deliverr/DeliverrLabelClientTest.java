package dev.wharf.api.deliverr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.wharf.api.deliverr.DeliverrLabelClient.Credentials;
import dev.wharf.api.deliverr.DeliverrLabelClient.PackageLabelRequest;
import dev.wharf.api.deliverr.DeliverrLabelClient.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliverrLabelClientTest {

    private static final String LABEL_PATH = "/v1/shipment/20/label";
    private static final String ZPL = """
            ^XA
            ^PW812^LL1218
            ^FO40,40^A0N,30,30^FDUSPS FIRST CLASS MAIL^FS
            ^FO40,120^A0N,28,28^FDHello Kitty Fan^FS
            ^FO40,160^A0N,28,28^FD1 Sanrio Way, Springfield IL 62701^FS
            ^FO60,400^BY3^BCN,160,Y,N,N^FD9400111899223100001234^FS
            ^XZ""";
    private static final String CONTENTS = base64(gzip(ZPL.getBytes(UTF_8)));

    private WireMockServer server;
    private final DeliverrLabelClient client = new DeliverrLabelClient(Duration.ofSeconds(1), Duration.ofSeconds(2));

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void a_good_answer_with_basic_auth_gives_the_label_and_its_decoded_zpl() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(CONTENTS, "null"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        server.verify(postRequestedFor(urlEqualTo(LABEL_PATH))
                .withHeader("Authorization", equalTo("Basic " + base64("wharf:s3cret".getBytes(UTF_8))))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"length": 10.0, "width": 8.0, "height": 4.0, "weight": 1.3, "items": {"HELLOKITTY0": 1}}""")));
        assertThat(result.failure()).isNull();
        assertThat(result.ok()).isTrue();
        assertThat(result.labelId()).isEqualTo("lbl_abc123");
        assertThat(result.trackingCode()).isEqualTo("9400111899223100001234");
        assertThat(result.carrier()).isEqualTo("usps");
        assertThat(result.shippingMethod()).isEqualTo("USPS.FIRST.CLASS.MAIL");
        assertThat(result.contentsAsReceived()).isEqualTo(CONTENTS);
        assertThat(result.zpl()).isEqualTo(ZPL);
    }

    @Test
    void a_token_is_sent_as_a_bearer_and_a_trailing_slash_on_the_base_url_does_not_double_the_slash() {
        server.stubFor(post(urlEqualTo(LABEL_PATH)).willReturn(json(200, labelAnswer(CONTENTS, "null"))));

        Result result = client.requestLabel(new Credentials(server.baseUrl() + "/", null, null, "tok_123"), helloKittyBox());

        assertThat(result.ok()).isTrue();
        server.verify(postRequestedFor(urlEqualTo(LABEL_PATH)).withHeader("Authorization", equalTo("Bearer tok_123")));
    }

    @Test
    void the_body_has_json_numbers_and_keeps_the_items_in_the_order_given() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(CONTENTS, "null"))));
        Map<String, Integer> items = new LinkedHashMap<>();
        items.put("ZEBRA9", 2);
        items.put("HELLOKITTY0", 1);
        items.put("APPLE1", 3);

        client.requestLabel(basic(), new PackageLabelRequest(20, new BigDecimal("10.0"), new BigDecimal("8.0"),
                new BigDecimal("4.0"), new BigDecimal("1.3"), items));

        String body = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        // equalToJson ignores key order, so the order is read off the raw text.
        assertThat(body).contains("\"length\":10.0", "\"weight\":1.3")
                .contains("\"items\":{\"ZEBRA9\":2,\"HELLOKITTY0\":1,\"APPLE1\":3}");
    }

    @Test
    void a_500_answer_is_a_failure_naming_the_status_and_the_start_of_the_body_on_one_line() {
        server.stubFor(post(LABEL_PATH).willReturn(aResponse().withStatus(500)
                .withBody("<html>\n<body>upstream\ncarrier down</body>\n</html>" + "x".repeat(500))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.labelId()).isNull();
        assertThat(result.failure()).startsWith("label API answered 500: <html> <body>upstream carrier down")
                .doesNotContain("\n")
                .hasSizeLessThan(240);
    }

    @Test
    void a_400_answer_with_a_json_body_is_a_failure_showing_that_body() {
        server.stubFor(post(LABEL_PATH).willReturn(json(400, """
                {"message": "weight must be positive"}""")));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label API answered 400: {\"message\": \"weight must be positive\"}");
    }

    @Test
    void errors_in_a_200_answer_are_a_failure_naming_each_error() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200,
                labelAnswer(CONTENTS, "[\"ADDRESS_INVALID\", \"WEIGHT_EXCEEDS_SERVICE\"]"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.labelId()).isNull();
        assertThat(result.failure()).isEqualTo("label API reported errors: ADDRESS_INVALID; WEIGHT_EXCEEDS_SERVICE");
    }

    @Test
    void an_empty_errors_list_is_a_success() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(CONTENTS, "[]"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.failure()).isNull();
        assertThat(result.ok()).isTrue();
        assertThat(result.zpl()).isEqualTo(ZPL);
    }

    @Test
    void an_html_200_answer_is_a_failure_saying_it_is_not_json() {
        server.stubFor(post(LABEL_PATH).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label API answer is not JSON");
    }

    @Test
    void a_slow_answer_times_out_at_the_read_timeout_instead_of_waiting_for_it() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(CONTENTS, "null")).withFixedDelay(2000)));
        var impatient = new DeliverrLabelClient(Duration.ofSeconds(1), Duration.ofMillis(300));

        long started = System.nanoTime();
        Result result = impatient.requestLabel(basic(), helloKittyBox());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label API timed out after 300 ms");
        assertThat(took).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void contents_that_are_not_base64_are_a_failure() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer("not base64 at all!", "null"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label contents are not base64-encoded gzip");
    }

    @Test
    void contents_that_are_base64_but_not_gzip_are_a_failure() {
        // Plain base64 ZPL: a likely partner mistake, and exactly what the decoder must not pass off as a label.
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(base64(ZPL.getBytes(UTF_8)), "null"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label contents are not base64-encoded gzip");
    }

    @Test
    void contents_that_unzip_to_more_than_a_label_could_be_are_a_failure() {
        String bomb = base64(gzip(new byte[6 * 1024 * 1024]));
        server.stubFor(post(LABEL_PATH).willReturn(json(200, labelAnswer(bomb, "null"))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label contents are larger than 5 MB unzipped");
    }

    @Test
    void a_label_that_is_not_zpl_is_a_failure() {
        server.stubFor(post(LABEL_PATH).willReturn(json(200,
                labelAnswer(CONTENTS, "null").replace("\"fileType\": \"ZPL\"", "\"fileType\": \"PDF\""))));

        Result result = client.requestLabel(basic(), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label API sent a PDF label; Wharf needs ZPL");
    }

    @Test
    void nothing_listening_is_a_failure_not_an_exception() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Result result = client.requestLabel(new Credentials("http://localhost:" + closedPort, "wharf", "s3cret", null),
                helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).startsWith("label API could not be reached at localhost:" + closedPort);
    }

    @Test
    void a_package_without_a_weight_is_refused_without_calling_the_api() {
        Result result = client.requestLabel(basic(), new PackageLabelRequest(20, new BigDecimal("10.0"),
                new BigDecimal("8.0"), new BigDecimal("4.0"), null, Map.of("HELLOKITTY0", 1)));

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("package weight must be given and above zero");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void credentials_without_a_token_or_a_username_are_refused_without_calling_the_api() {
        Result result = client.requestLabel(new Credentials(server.baseUrl(), " ", null, ""), helloKittyBox());

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("no label API credentials: set a token, or a username and password");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void credentials_do_not_print_their_secrets() {
        assertThat(new Credentials("https://labels.example", "wharf", "s3cret", "tok_123").toString())
                .contains("wharf").doesNotContain("s3cret", "tok_123");
    }

    @Test
    void voiding_a_label_deletes_it_and_is_ok_on_2xx() {
        server.stubFor(delete("/v1/shipment/20/label/lbl_abc123").willReturn(aResponse().withStatus(204)));

        Result result = client.voidLabel(basic(), 20, "lbl_abc123");

        assertThat(result.failure()).isNull();
        assertThat(result.ok()).isTrue();
        assertThat(result.labelId()).isEqualTo("lbl_abc123");
        server.verify(deleteRequestedFor(urlEqualTo("/v1/shipment/20/label/lbl_abc123"))
                .withHeader("Authorization", equalTo("Basic " + base64("wharf:s3cret".getBytes(UTF_8)))));
    }

    @Test
    void voiding_a_label_the_api_does_not_know_is_not_ok_and_says_why() {
        server.stubFor(delete("/v1/shipment/20/label/lbl_abc123").willReturn(json(404, """
                {"message": "label not found"}""")));

        Result result = client.voidLabel(basic(), 20, "lbl_abc123");

        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo("label API answered 404: {\"message\": \"label not found\"}");
    }

    private Credentials basic() {
        return new Credentials(server.baseUrl(), "wharf", "s3cret", null);
    }

    private static PackageLabelRequest helloKittyBox() {
        return new PackageLabelRequest(20, new BigDecimal("10.0"), new BigDecimal("8.0"), new BigDecimal("4.0"),
                new BigDecimal("1.3"), Map.of("HELLOKITTY0", 1));
    }

    private static String labelAnswer(String contents, String errors) {
        return """
                {"id": "lbl_abc123", "length": 6, "width": 4, "lengthUnit": "in",
                 "contents": "%s", "fileType": "ZPL",
                 "trackingCode": "9400111899223100001234", "carrier": "usps",
                 "shippingMethod": "USPS.FIRST.CLASS.MAIL", "errors": %s}""".formatted(contents, errors);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static byte[] gzip(byte[] data) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
