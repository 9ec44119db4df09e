#pragma once

/// How a message to the user reads: a result, a note, something to look at, or something to fix. The
/// wizard gives each its colour and icon; texts built without widgets (deploy and history outcomes) say
/// which one they are with it.
enum class MessageKind
{
    Success,
    Info,
    Warning,
    Error
};
