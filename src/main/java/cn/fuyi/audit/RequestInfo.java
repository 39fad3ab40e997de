package cn.fuyi.audit;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** The request id and client address of the current request, for audit records. */
@RequestScoped
public class RequestInfo {

    private String requestId;
    private String clientAddress;

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    void set(String requestId, String clientAddress) {
        this.requestId = requestId;
        this.clientAddress = clientAddress;
    }
}
