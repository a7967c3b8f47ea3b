package dev.tandem.localcloud.stack.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.stack.template.Intrinsics;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import dev.tandem.localcloud.stack.template.Template;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A template's bucket, deployed into local-cloud's S3 through S3's own API. */
@ExtendWith(LocalAwsExtension.class)
class BucketProvisionerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final S3Client s3;

    BucketProvisionerIT(S3Client s3) {
        this.s3 = s3;
    }

    @Test
    void givesTheBucketTheTemplatesCorsRules() {
        String bucket = TestQueue.uniqueName("media");
        Template stack = Template.parse("data", JSON.readTree("""
                {"Resources": {"Media": {"Type": "AWS::S3::Bucket", "Properties": {
                  "BucketName": "%s",
                  "CorsConfiguration": {"CorsRules": [
                    {"AllowedMethods": ["PUT", "GET"], "AllowedOrigins": ["*"],
                     "AllowedHeaders": ["content-type", "content-length"], "MaxAge": 3000},
                    {"Id": "reads", "AllowedMethods": ["GET"], "AllowedOrigins": ["https://*.shop.example"],
                     "ExposedHeaders": ["ETag"]}
                  ]}}}}}""".formatted(bucket)));

        new BucketProvisioner(s3, "us-east-1")
                .create(new ResourceProperties(stack.resources().get("Media"), new Intrinsics(new NothingElse())));

        assertThat(s3.getBucketCors(request -> request.bucket(bucket)).corsRules())
                .containsExactly(
                        CORSRule.builder()
                                .allowedMethods("PUT", "GET")
                                .allowedOrigins("*")
                                .allowedHeaders("content-type", "content-length")
                                .maxAgeSeconds(3000)
                                .build(),
                        CORSRule.builder()
                                .id("reads")
                                .allowedMethods("GET")
                                .allowedOrigins("https://*.shop.example")
                                .exposeHeaders("ETag")
                                .build());
    }

    /** A template that refers to nothing outside itself. */
    private static final class NothingElse implements Intrinsics.Scope {

        @Override
        public Optional<PhysicalResource> resource(String stackName, String logicalId) {
            return Optional.empty();
        }

        @Override
        public Optional<Template.Resource> definition(String stackName, String logicalId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> export(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<JsonNode> parameterDefault(String stackName, String name) {
            return Optional.empty();
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public String accountId() {
            return "000000000000";
        }
    }
}
