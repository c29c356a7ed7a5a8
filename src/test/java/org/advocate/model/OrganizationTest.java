package org.advocate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTest {
    private static Organization org(String founded, Integer experienceYears) {
        return new Organization(
                "Org",
                "O",
                founded,
                experienceYears,
                "in advocacy",
                List.of(),
                null,
                null,
                null,
                new Person("Ana", null),
                "Sincerely",
                null,
                null,
                List.of(),
                null);
    }

    @Test
    void experienceIsCountedInCalendarYearsSinceFounding() {
        Organization o = org("1990", null);
        assertThat(o.experienceYearsOn(LocalDate.of(2025, 1, 1))).hasValue(35);
        assertThat(o.experienceYearsOn(LocalDate.of(2025, 12, 31))).hasValue(35);
        assertThat(o.experienceYearsOn(LocalDate.of(2026, 1, 1))).hasValue(36);
        assertThat(o.experienceYearsOn(LocalDate.of(1990, 6, 1))).hasValue(0);
    }

    @Test
    void aGivenFigureWinsOverTheFoundingYearAndDoesNotAge() {
        assertThat(org("1990", 12).experienceYearsOn(LocalDate.of(2025, 1, 1))).hasValue(12);
        assertThat(org(null, 12).experienceYearsOn(LocalDate.of(2040, 1, 1))).hasValue(12);
        assertThat(org(null, 0).experienceYearsOn(LocalDate.of(2040, 1, 1))).hasValue(0);
    }

    @Test
    void neitherFigureGivesNoExperience() {
        assertThat(org(null, null).experienceYearsOn(LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
