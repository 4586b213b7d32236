#include "storage/storagepage.h"

#include "common/errorbanner.h"
#include "storage/bucketmodel.h"
#include "storage/s3keys.h"
#include "storage/storagesource.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <limits>

// The Storage page's actions on the selection and the bucket: delete (confirmed), new folder,
// rename, presigned link, usage.

namespace plancia::ui {

using s3keys::displayName;
using s3keys::parentPrefix;

void StoragePage::deleteSelected()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty() || !m_source)
        return;
    QStringList names;
    int folders = 0;
    for (const QString &key : keys) {
        folders += key.endsWith(QLatin1Char('/'));
        if (names.size() < 12)
            names.append(QStringLiteral("• ") + displayName(key));
    }
    if (keys.size() > names.size())
        names.append(tr("… and %n more", nullptr, int(keys.size() - names.size())));
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete"),
        tr("Delete %n item(s) from the bucket %1?", nullptr, int(keys.size())).arg(m_bucket),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    QString info = names.join(QLatin1Char('\n'));
    if (folders)
        info += QStringLiteral("\n\n") +
                tr("A folder is deleted with everything in it. This cannot be undone.");
    else
        info += QStringLiteral("\n\n") + tr("This cannot be undone.");
    box->setInformativeText(info);
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString bucket = m_bucket;
    connect(box, &QMessageBox::finished, this, [this, box, yes, keys, bucket] {
        if (box->clickedButton() != yes || bucket != m_bucket || !m_source)
            return;
        QStringList objects, prefixes;
        for (const QString &k : keys)
            (k.endsWith(QLatin1Char('/')) ? prefixes : objects).append(k);
        m_status->setText(tr("Deleting %n item(s)…", nullptr, int(keys.size())));
        m_source->remove(
            bucket, objects, prefixes, m_calls, [this, keys](const Result<s3::DeleteReport> &r) {
                if (!r) {
                    updateStatus();
                    showError(tr("Nothing was deleted"), r.error());
                    return;
                }
                QStringList gone;
                QStringList failedKeys;
                for (const auto &f : r.value().failed)
                    failedKeys.append(f.key);
                for (const QString &k : keys) {
                    const bool failedUnder =
                        std::any_of(failedKeys.begin(), failedKeys.end(), [&](const QString &f) {
                            return f == k || (k.endsWith(QLatin1Char('/')) && f.startsWith(k));
                        });
                    if (!failedUnder)
                        gone.append(k);
                }
                m_model->removeKeys(gone);
                updateStatus();
                updateActions();
                if (!r.value().failed.isEmpty()) {
                    const auto &f = r.value().failed.first();
                    showError(tr("%n item(s) could not be deleted", nullptr,
                                 int(r.value().failed.size())),
                              Error::make(
                                  Error::Kind::Forbidden,
                                  tr("%1: %2").arg(f.key, f.message.isEmpty() ? f.code : f.message),
                                  f.code));
                }
            });
    });
    box->open();
}

void StoragePage::askNewFolder()
{
    if (m_bucket.isEmpty() || !m_source)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setWindowTitle(tr("New folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:")
                             .arg(QStringLiteral("s3://%1/%2").arg(m_bucket, m_prefix)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString bucket = m_bucket, prefix = m_prefix;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, bucket, prefix](const QString &text) {
                QString name = text.trimmed();
                while (name.endsWith(QLatin1Char('/')))
                    name.chop(1);
                if (name.isEmpty() || bucket != m_bucket || !m_source)
                    return;
                const QString key = prefix + name + QLatin1Char('/');
                m_source->createFolder(
                    bucket, key, m_calls, [this, key, bucket](const Result<bool> &r) {
                        if (!r) {
                            showError(tr("The folder %1 could not be made").arg(displayName(key)),
                                      r.error());
                            return;
                        }
                        if (bucket == m_bucket)
                            m_model->addFolder(key);
                        updateStatus();
                    });
            });
    dialog->open();
}

void StoragePage::askRename()
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || !m_source)
        return;
    const QString from = keys.first();
    const bool folder = from.endsWith(QLatin1Char('/'));
    QString name = displayName(from);
    if (folder)
        name.chop(1);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setWindowTitle(tr("Rename"));
    dialog->setLabelText(folder
                             ? tr("New name of the folder %1 (everything in it moves):").arg(name)
                             : tr("New name of %1:").arg(name));
    dialog->setTextValue(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString bucket = m_bucket, prefix = parentPrefix(from);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, bucket, prefix, from, folder, name](const QString &text) {
                QString to = text.trimmed();
                if (folder)
                    while (to.endsWith(QLatin1Char('/')))
                        to.chop(1);
                if (to.isEmpty() || to == name || bucket != m_bucket || !m_source)
                    return;
                to = prefix + to + (folder ? QStringLiteral("/") : QString());
                m_status->setText(tr("Renaming %1…").arg(displayName(from)));
                m_source->move(
                    bucket, from, to, m_calls, [this, from, bucket, prefix](const Result<bool> &r) {
                        if (!r)
                            showError(tr("%1 could not be renamed").arg(displayName(from)),
                                      r.error());
                        if (bucket == m_bucket) {
                            const QModelIndex idx =
                                prefix.isEmpty() ? QModelIndex() : m_model->indexForKey(prefix);
                            if (prefix.isEmpty() || idx.isValid())
                                m_model->reload(idx);
                        }
                        updateStatus();
                    });
            });
    dialog->open();
}

void StoragePage::copyLink(std::chrono::seconds lifetime)
{
    const QStringList keys = selectedKeys();
    if (keys.size() != 1 || keys.first().endsWith(QLatin1Char('/')) || !m_source)
        return;
    const QString key = keys.first();
    m_source->presign(
        m_bucket, key, lifetime, m_calls,
        [this, key, lifetime](const Result<s3::S3Client::Presigned> &r) {
            if (!r) {
                showError(tr("No link could be made for %1").arg(displayName(key)), r.error());
                return;
            }
            QApplication::clipboard()->setText(r.value().url.toString(QUrl::FullyEncoded));
            const QString until =
                QLocale().toString(r.value().expires.toLocalTime(), QLocale::ShortFormat);
            const bool shorter =
                r.value().expires < QDateTime::currentDateTimeUtc().addSecs(lifetime.count() - 60);
            m_status->setText(
                shorter ? tr("Link to %1 copied; it works until %2 (the session's credentials end "
                             "then).")
                              .arg(displayName(key), until)
                        : tr("Link to %1 copied; it works until %2.").arg(displayName(key), until));
        });
}

void StoragePage::computeUsage()
{
    if (m_bucket.isEmpty() || !m_source || m_usagePending.contains(m_bucket))
        return;
    const QString bucket = m_bucket;
    m_usagePending.insert(bucket);
    updateUsageText();
    updateActions();
    m_source->usage(bucket, m_calls, [this, bucket](const Result<s3::Usage> &r) {
        m_usagePending.remove(bucket);
        if (r)
            m_usageByBucket.insert(bucket, r.value());
        else
            showError(tr("The usage of %1 could not be computed").arg(bucket), r.error(),
                      [this] { computeUsage(); });
        updateUsageText();
        updateActions();
    });
}

void StoragePage::updateUsageText()
{
    for (int i = 0; i < m_bucketCombo->count(); ++i) {
        const QString name = m_bucketCombo->itemData(i).toString();
        const auto it = m_usageByBucket.constFind(name);
        m_bucketCombo->setItemText(
            i, it == m_usageByBucket.constEnd()
                   ? name
                   : tr("%1 (%2)").arg(name, QLocale().formattedDataSize(it->bytes)));
    }
    const auto it = m_usageByBucket.constFind(m_bucket);
    if (m_usagePending.contains(m_bucket))
        m_usageLabel->setText(tr("Computing usage…"));
    else if (it != m_usageByBucket.constEnd())
        m_usageLabel->setText(
            tr("%1 in %Ln object(s)", nullptr,
               int(std::min<qint64>(it->objects, std::numeric_limits<int>::max())))
                .arg(QLocale().formattedDataSize(it->bytes)));
    else
        m_usageLabel->clear();
}

} // namespace plancia::ui
