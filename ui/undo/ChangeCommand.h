#pragma once

#include "ui/shell/PortfolioContext.h"
#include "ui/undo/StoreCommand.h"

#include <QUndoStack>

namespace sstc {

// An undoable change written through one of the audited *Changes classes of models/changes:
// from one state to another, undo writing the old one back. For a list saved as a whole
// (rates, lookup lists, offers) that means the rows the user changed, and no others: rows
// someone else saved in between are neither removed nor reverted. Every write, undo and redo
// included, is recorded in the history under the name the user has at that moment. Each
// kind of record derives its command from this one, with entry points that say what the
// change is.
template<typename Changes>
class ChangeCommand : public StoreCommand
{
public:
    using State = typename Changes::State;

protected:
    ChangeCommand(PortfolioContext &context, const QString &text, State before, State after)
        : StoreCommand(context, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    // Writes `after` over `before` and puts a `Command` (this class or one derived from it)
    // for the change on the undo stack. Returns `after` as stored, with the ids given to new
    // rows, so that undo and redo put back the same ids; an empty state, with nothing
    // written, when no portfolio is open. Throws StoreError, with nothing written or pushed.
    template<typename Command>
    static State push(PortfolioContext &context, const State &before, const State &after,
                      const QString &text)
    {
        if (!context.store())
            return State();
        const State stored = change(context, before, after);
        context.undoStack()->push(new Command(context, text, before, stored));
        context.notifyDataChanged();
        return stored;
    }

    // The state after the change (forward) or before it.
    const State &state(bool forward) const { return forward ? m_after : m_before; }

private:
    static State change(PortfolioContext &context, const State &from, const State &to)
    {
        return Changes(*context.store(), context.actor()).apply(from, to);
    }
    void write(bool forward) override { change(context(), state(!forward), state(forward)); }

    State m_before;
    State m_after;
};

} // namespace sstc
