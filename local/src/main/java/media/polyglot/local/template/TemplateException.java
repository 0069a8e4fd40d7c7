package media.polyglot.local.template;

/** The cloud assembly or a template cannot be run: the message names the file or resource and why. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
