package io.minicrm.application.port.out;

/**
 * Every store one storage choice keeps, so that an engine can take them together ({@code Crm.Builder.storage}) rather
 * than one by one.
 */
public interface Storage {

    CustomerStore customers();

    OrderStore orders();

    SegmentStore segments();

    CampaignStore campaigns();

    DeliveryStore deliveries();

    ImportJobStore importJobs();

    SuppressionStore suppressions();

    UserStore users();

    MembershipStore memberships();

    TokenStore tokens();

    AuditLog auditLog();
}
