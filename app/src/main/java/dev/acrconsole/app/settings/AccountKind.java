package dev.acrconsole.app.settings;

/** How an account signs in. The label is what the accounts panel shows. */
public enum AccountKind {
    BROWSER("Browser sign-in"),
    DEVICE_CODE("Device code"),
    AZURE_CLI("Azure CLI"),
    SERVICE_PRINCIPAL_SECRET("Service principal (secret)"),
    SERVICE_PRINCIPAL_CERTIFICATE("Service principal (certificate)");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A user signs in interactively; such accounts are asked again only when the user says so. */
    public boolean interactive() {
        return this == BROWSER || this == DEVICE_CODE;
    }

    public boolean servicePrincipal() {
        return this == SERVICE_PRINCIPAL_SECRET || this == SERVICE_PRINCIPAL_CERTIFICATE;
    }
}
