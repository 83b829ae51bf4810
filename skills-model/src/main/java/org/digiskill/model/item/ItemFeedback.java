package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.digiskill.model.LocalizedText;

/**
 * What a resident is told after answering an item.
 *
 * @param correct shown after a fully correct response, or null
 * @param incorrect shown otherwise, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemFeedback(@Valid LocalizedText correct, @Valid LocalizedText incorrect) {}
