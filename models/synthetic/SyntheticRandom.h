#pragma once

#include <QtGlobal>

#include <random>

namespace sstc {

// Random choices that are the same on every machine for the same seed: std::mt19937's
// sequence is fixed by the standard, while the standard distributions are not.
class SyntheticRandom
{
public:
    explicit SyntheticRandom(quint64 seed)
    {
        std::seed_seq sequence{quint32(seed), quint32(seed >> 32)};
        m_engine.seed(sequence);
    }

    // 0 … n-1
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    // low … high, both included
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(int(std::size(list)))];
    }

private:
    std::mt19937 m_engine;
};

} // namespace sstc
