/**
 * Alliance as an LTI 1.3 tool (docs/integration.md): platforms an admin registers, the OIDC login and launch
 * (the platform's id_token checked by Spring Security's NimbusJwtDecoder against its JWK set), accounts and course
 * roles from the launch, Deep Linking, grades sent back through Assignment and Grade Services from an outbox, the
 * roster pulled through Names and Role Provisioning, and the tool's own signing keys with their JWK set.
 */
@NullMarked
package org.alliance.web.lti;

import org.jspecify.annotations.NullMarked;
