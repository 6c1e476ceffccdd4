package vn.egov.notice.application;

/** Sends a text message to a phone number through the province's SMS provider. */
interface SmsGateway {

    /** No gateway configured: no SMS is sent, and that is not an error. */
    SmsGateway OFF = new SmsGateway() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void send(String to, String text) {
            throw new IllegalStateException("SMS notices are off (egov.notice.sms.url is not set)");
        }
    };

    boolean enabled();

    /**
     * Hands the message to the gateway.
     *
     * @throws SmsNotSent when the gateway cannot be reached or does not accept it (the notice is tried again)
     */
    void send(String to, String text);

    /** The gateway did not take the message. */
    final class SmsNotSent extends RuntimeException {
        SmsNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
