package cn.fuyi.common;

import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request with a header Fuyi reads but cannot parse, with 400 {@code MALFORMED_HEADER} naming the header,
 * before anything reads it: Accept-Language (a weight that is not a number from 0 to 1, a broken language range),
 * If-Match and If-None-Match (anything but {@code *} or a list of quoted entity tags), and Accept and Content-Type
 * where JAX-RS's own parser fails. A well-formed header Fuyi cannot serve keeps its 406 or 415.
 */
public class MalformedHeaders {

    private static final Pattern ENTITY_TAGS = Pattern.compile(
            "\\*|(W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"(\\s*,\\s*((W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\")?)*");
    private static final int MAX_ECHOED = 100;

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String language = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null && AcceptLanguage.parse(language).isEmpty()) {
            throw malformed(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        for (String name : new String[] { HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH }) {
            String value = request.getHeaderString(name);
            if (value != null && !ENTITY_TAGS.matcher(value.strip()).matches()) {
                throw malformed(name, value);
            }
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            throw malformed(HttpHeaders.ACCEPT, request.getHeaderString(HttpHeaders.ACCEPT));
        }
        try {
            request.getMediaType();
        } catch (RuntimeException e) {
            throw malformed(HttpHeaders.CONTENT_TYPE, request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
    }

    private static ApiException malformed(String header, String value) {
        String shown = value == null ? "" : value.length() > MAX_ECHOED ? value.substring(0, MAX_ECHOED) + "…" : value;
        return ApiException.badRequest("MALFORMED_HEADER", header, shown).with("header", header);
    }
}
