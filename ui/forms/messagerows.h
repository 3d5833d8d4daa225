#pragma once

#include <QString>

class SpecForm;

// The rows of a message body (a CreateMessageInput variant: Inbound or Outbound) in a form,
// shared by the reply and the first message of a new conversation.
namespace MessageRows {

// Adds, under `prefix` ("" or "message."), what the variant `variantSchema` requires besides
// its `_type` (an agent for Outbound), then the content: the text (required by the Content
// schema; a message always carries content here, as only WhatsApp may go without, and WhatsApp
// is not written from this console) and its format, Text by default. Sets the variant's `_type`
// as a constant unless `typeIsARow`.
void add(SpecForm *form, const QString &prefix, const QString &variantSchema,
         bool typeIsARow = false);

} // namespace MessageRows
