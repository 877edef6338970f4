package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;

import io.minicrm.application.Crm;
import io.minicrm.application.contract.CustomerStoreContract;
import io.minicrm.domain.customer.Customer;
import org.junit.jupiter.api.Test;

/** Each library jar, as published, names the module it is on the module path. */
class ModuleNamesTest {

    @Test
    void the_domain_the_application_and_the_kit_name_their_modules() throws Exception {
        assertThat(moduleOf(Customer.class)).isEqualTo("io.minicrm.domain");
        assertThat(moduleOf(Crm.class)).isEqualTo("io.minicrm.application");
        assertThat(moduleOf(CustomerStoreContract.class)).isEqualTo("io.minicrm.application.contract");
    }

    private static String moduleOf(Class<?> type) throws Exception {
        Path jar =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.toString()).as("a published jar, not a build directory").endsWith(".jar");
        return ModuleFinder.of(jar).findAll().stream()
                .map(ModuleReference::descriptor)
                .findFirst()
                .orElseThrow()
                .name();
    }
}
