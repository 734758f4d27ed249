#pragma once

#include "models/store/PortfolioLocation.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sstc {

class ProblemLabel;

// File → Connect to Team Server…: where a team's portfolio is (server, port, database, user,
// password, TLS mode). A field that cannot be right says why beside it; Connect hands the
// location to the connector, and a failed connection leaves the dialog open with the reason,
// so that the user corrects one field instead of typing all of them again.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // Connects to the location; returns why it failed, empty when the portfolio is open.
    using Connector = std::function<QString(const PortfolioLocation &location)>;

    explicit ServerConnectionDialog(QWidget *parent = nullptr);

    void setConnector(Connector connector) { m_connector = std::move(connector); }
    // Fills the fields from a location (a recent entry); its password, if any, too.
    void setLocation(const PortfolioLocation &location);
    // Says why the last connection failed (the dialog opened again for a password).
    void setFailure(const QString &message);
    // What the fields say; the password only as typed (empty leaves it to libpq).
    PortfolioLocation location() const;
    bool remembersPassword() const;
    void setRemembersPassword(bool remember);

    // Why each field cannot be used as typed; empty when it can.
    static QString hostProblem(const QString &host);
    static QString portProblem(const QString &port);
    static QString databaseProblem(const QString &database);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitContents();
    // Shows each field's problem; true when there is none.
    bool validate();
    void attemptConnection();

    Connector m_connector;
    bool m_attempted = false;
    QLabel *m_intro;
    QLabel *m_hostLabel;
    QLineEdit *m_hostEdit;
    ProblemLabel *m_hostProblem;
    QLabel *m_portLabel;
    QLineEdit *m_portEdit;
    ProblemLabel *m_portProblem;
    QLabel *m_databaseLabel;
    QLineEdit *m_databaseEdit;
    ProblemLabel *m_databaseProblem;
    QLabel *m_userLabel;
    QLineEdit *m_userEdit;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QLabel *m_passwordNote;
    QCheckBox *m_rememberCheck;
    QLabel *m_sslModeLabel;
    QComboBox *m_sslModeCombo;
    ProblemLabel *m_connectionProblem;
    QPushButton *m_connectButton;
    QPushButton *m_cancelButton;
};

} // namespace sstc
