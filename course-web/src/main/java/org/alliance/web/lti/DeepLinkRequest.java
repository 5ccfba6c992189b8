package org.alliance.web.lti;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Deep Linking request waiting for the instructor's choice (kept in their session between the launch and the
 * picker page): where the answer goes, the platform's opaque data to echo, and the LMS course it came from.
 */
public record DeepLinkRequest(
        long platformId,
        String deploymentId,
        String returnUrl,
        @Nullable String data,
        List<String> acceptTypes,
        boolean acceptMultiple,
        @Nullable String contextId,
        @Nullable String contextTitle,
        @Nullable String membershipsUrl,
        String toolBase)
        implements Serializable {

    public DeepLinkRequest {
        acceptTypes = List.copyOf(acceptTypes);
    }
}
