package io.minicrm.application.service;

import java.util.Map;

import io.minicrm.application.port.in.AudiencePreview.Explanation;
import io.minicrm.domain.campaign.Channel;

/**
 * How many customers a rule selects, how many each of its nodes matches and how many of them each channel would skip:
 * the costly part of a preview, cached.
 */
record AudienceCounts(long size, Explanation explanation, Map<Channel, Long> skippedBy) {}
