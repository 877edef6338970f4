package io.minicrm.application.service;

import io.minicrm.application.port.in.AudiencePreview.Explanation;

/** How many customers a rule selects and how many each of its nodes matches: the costly part of a preview, cached. */
record AudienceCounts(long size, Explanation explanation) {}
