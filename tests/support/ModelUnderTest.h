#pragma once

#include <QAbstractItemModelTester>

#include <memory>

// An item model made for one test function with a QAbstractItemModelTester watching it, which
// fails the test at the first signal or answer that breaks the model contract. Make it in
// init() and reset it in cleanup(), the tester before the model.
template<typename Model>
class ModelUnderTest
{
public:
    template<typename... Arguments>
    Model &make(Arguments &&...arguments)
    {
        reset();
        m_model = std::make_unique<Model>(std::forward<Arguments>(arguments)...);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return *m_model;
    }
    void reset()
    {
        m_tester.reset();
        m_model.reset();
    }

    Model *get() const { return m_model.get(); }
    Model *operator->() const { return m_model.get(); }
    Model &operator*() const { return *m_model; }

private:
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
