package com.example.vendor;

/** The environment variables the vendor's CDK app sets on its function and the function reads. */
public final class VendorSettings {

    /** The Polyglot bus the answers go to, by ARN (it is in Polyglot's account). */
    public static final String POLYGLOT_BUS_ARN = "POLYGLOT_BUS_ARN";
    /** The vendor's id: its source is {@code partner.translation.<id>}. */
    public static final String VENDOR_ID = "VENDOR_ID";

    private VendorSettings() {
    }
}
