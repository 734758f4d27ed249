#include "ui/mainwindow/ServerConnectionDialog.h"

#include "ui/widgets/ProblemLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sstc {

namespace {
// libpq's sslmode values, in the order of growing protection; empty leaves it to libpq
// (PGSSLMODE, else prefer).
const QStringList sslModes{QString(),
                           QStringLiteral("disable"),
                           QStringLiteral("prefer"),
                           QStringLiteral("require"),
                           QStringLiteral("verify-ca"),
                           QStringLiteral("verify-full")};
} // namespace

ServerConnectionDialog::ServerConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_hostEdit(new QLineEdit(this))
    , m_hostProblem(new ProblemLabel(QStringLiteral("serverHostProblem"), this))
    , m_portLabel(new QLabel(this))
    , m_portEdit(new QLineEdit(this))
    , m_portProblem(new ProblemLabel(QStringLiteral("serverPortProblem"), this))
    , m_databaseLabel(new QLabel(this))
    , m_databaseEdit(new QLineEdit(this))
    , m_databaseProblem(new ProblemLabel(QStringLiteral("serverDatabaseProblem"), this))
    , m_userLabel(new QLabel(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_rememberCheck(new QCheckBox(this))
    , m_sslModeLabel(new QLabel(this))
    , m_sslModeCombo(new QComboBox(this))
    , m_connectionProblem(new ProblemLabel(QStringLiteral("serverConnectionProblem"), this))
    , m_connectButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    m_intro->setWordWrap(true);
    m_hostEdit->setObjectName(QStringLiteral("serverHostEdit"));
    m_portEdit->setObjectName(QStringLiteral("serverPortEdit"));
    m_portEdit->setMaxLength(5);
    m_databaseEdit->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_userEdit->setObjectName(QStringLiteral("serverUserEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordNote->setObjectName(QStringLiteral("serverPasswordNote"));
    m_passwordNote->setWordWrap(true);
    // In a form, a label that ignores its width is given none: these wrap at the field's.
    for (QLabel *label :
         {static_cast<QLabel *>(m_hostProblem), static_cast<QLabel *>(m_portProblem),
          static_cast<QLabel *>(m_databaseProblem), m_passwordNote})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_rememberCheck->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_sslModeCombo->setObjectName(QStringLiteral("serverSslModeCombo"));
    for (const QString &mode : sslModes)
        m_sslModeCombo->addItem(QString(), mode);
    m_connectButton->setObjectName(QStringLiteral("serverConnectButton"));
    m_connectButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("serverCancelButton"));
    for (QLabel *label :
         {m_hostLabel, m_portLabel, m_databaseLabel, m_userLabel, m_passwordLabel, m_sslModeLabel})
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_hostLabel->setBuddy(m_hostEdit);
    m_portLabel->setBuddy(m_portEdit);
    m_databaseLabel->setBuddy(m_databaseEdit);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_sslModeLabel->setBuddy(m_sslModeCombo);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_hostLabel, m_hostEdit);
    form->addRow(QString(), m_hostProblem);
    form->addRow(m_portLabel, m_portEdit);
    form->addRow(QString(), m_portProblem);
    form->addRow(m_databaseLabel, m_databaseEdit);
    form->addRow(QString(), m_databaseProblem);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_passwordNote);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(m_sslModeLabel, m_sslModeCombo);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connectButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    // Accepting is the connector's to decide: the dialog closes only once the portfolio is open.
    connect(m_connectButton, &QPushButton::clicked, this,
            &ServerConnectionDialog::attemptConnection);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_hostEdit, m_portEdit, m_databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_attempted)
                validate();
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_connectionProblem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslate();
    setMinimumWidth(560);
}

void ServerConnectionDialog::fitContents()
{
    // Wrapped labels need more height than the dialog's first size hint gave them.
    resize(width(), layout()->totalHeightForWidth(width()));
}

void ServerConnectionDialog::retranslate()
{
    setWindowTitle(tr("Connect to Team Server"));
    m_intro->setText(tr("A team's portfolio on a PostgreSQL server. Ask the team's "
                        "administrator for these details."));
    m_hostLabel->setText(tr("&Server:"));
    m_hostEdit->setPlaceholderText(tr("db.example.org (empty: this computer)"));
    m_portLabel->setText(tr("&Port:"));
    m_portEdit->setPlaceholderText(tr("5432"));
    m_databaseLabel->setText(tr("&Database:"));
    m_databaseEdit->setPlaceholderText(tr("sstc"));
    m_userLabel->setText(tr("&User name:"));
    m_userEdit->setPlaceholderText(tr("empty: your login name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordNote->setText(
        tr("Empty: libpq takes it from ~/.pgpass or PGPASSWORD. Never saved in a file."));
    m_rememberCheck->setText(tr("&Remember the password in the system keychain"));
    m_sslModeLabel->setText(tr("&Encryption (TLS):"));
    const QStringList modeNames{tr("Default (as PGSSLMODE says, else when offered)"),
                                tr("Off (disable)"),
                                tr("When the server offers it (prefer)"),
                                tr("Required (require)"),
                                tr("Required, certificate checked (verify-ca)"),
                                tr("Required, certificate and server name checked (verify-full)")};
    for (int i = 0; i < modeNames.size(); ++i)
        m_sslModeCombo->setItemText(i, modeNames.at(i));
    m_connectButton->setText(tr("&Connect"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_attempted)
        validate();
    fitContents();
}

void ServerConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ServerConnectionDialog::setLocation(const PortfolioLocation &location)
{
    m_hostEdit->setText(location.host());
    m_portEdit->setText(location.port() != 0 ? QString::number(location.port()) : QString());
    m_databaseEdit->setText(location.database());
    m_userEdit->setText(location.user());
    m_passwordEdit->setText(location.password());
    const int mode = m_sslModeCombo->findData(location.option(QStringLiteral("sslmode")));
    m_sslModeCombo->setCurrentIndex(qMax(0, mode));
    // A recent entry lacks only its password: that is where the user starts.
    m_passwordEdit->setFocus();
}

void ServerConnectionDialog::setFailure(const QString &message)
{
    m_connectionProblem->setProblems(message.isEmpty() ? QStringList() : QStringList{message});
    fitContents();
}

PortfolioLocation ServerConnectionDialog::location() const
{
    const QString sslMode = m_sslModeCombo->currentData().toString();
    return PortfolioLocation::server(
        m_hostEdit->text().trimmed(), m_portEdit->text().trimmed().toInt(),
        m_databaseEdit->text().trimmed(), m_userEdit->text().trimmed(), m_passwordEdit->text(),
        sslMode.isEmpty() ? QString() : QStringLiteral("sslmode=") + sslMode);
}

bool ServerConnectionDialog::remembersPassword() const
{
    return m_rememberCheck->isChecked();
}

void ServerConnectionDialog::setRemembersPassword(bool remember)
{
    m_rememberCheck->setChecked(remember);
}

QString ServerConnectionDialog::hostProblem(const QString &host)
{
    // libpq takes a name, an address, or a socket folder; a space or a quote is none of them
    // and would reach libpq's connection string.
    static const QRegularExpression unusable(QStringLiteral("[\\s'\"\\\\;]"));
    if (unusable.match(host.trimmed()).hasMatch())
        return tr("A server name has no spaces, quotes or semicolons.");
    if (host.contains(QLatin1String("://")))
        return tr("Write only the server's name here (db.example.org), not a whole address.");
    return {};
}

QString ServerConnectionDialog::portProblem(const QString &port)
{
    const QString text = port.trimmed();
    if (text.isEmpty())
        return {};
    bool number = false;
    const int value = text.toInt(&number);
    if (!number || value < 1 || value > 65535)
        return tr("A port is a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
    return {};
}

QString ServerConnectionDialog::databaseProblem(const QString &database)
{
    const QString text = database.trimmed();
    if (text.isEmpty())
        return tr("Name the database that holds the portfolio.");
    if (text.contains(QLatin1Char('/')))
        return tr("A database name has no “/”.");
    return {};
}

bool ServerConnectionDialog::validate()
{
    const QString host = hostProblem(m_hostEdit->text());
    const QString port = portProblem(m_portEdit->text());
    const QString database = databaseProblem(m_databaseEdit->text());
    m_hostProblem->setProblems(host.isEmpty() ? QStringList() : QStringList{host});
    m_portProblem->setProblems(port.isEmpty() ? QStringList() : QStringList{port});
    m_databaseProblem->setProblems(database.isEmpty() ? QStringList() : QStringList{database});
    fitContents();
    return host.isEmpty() && port.isEmpty() && database.isEmpty();
}

void ServerConnectionDialog::attemptConnection()
{
    m_attempted = true;
    setFailure({});
    if (!validate())
        return;
    if (!m_connector) {
        accept();
        return;
    }
    QString failure;
    {
        // A connection to a far server may take seconds (libpq's connect_timeout).
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        m_connectButton->setEnabled(false);
        failure = m_connector(location());
        m_connectButton->setEnabled(true);
        QGuiApplication::restoreOverrideCursor();
    }
    if (failure.isEmpty())
        accept();
    else
        setFailure(failure);
}

} // namespace sstc
