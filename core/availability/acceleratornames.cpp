#include "acceleratornames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace plancia::availability {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::availability::AcceleratorNames)
};

const QString kGpu = QStringLiteral("nvidia.com/gpu");
const QString kMigPrefix = QStringLiteral("nvidia.com/mig-");
const QString kProduct = QStringLiteral("nvidia.com/gpu.product");

bool isVendorToken(const QString &t)
{
    static const QStringList vendors{QStringLiteral("nvidia"), QStringLiteral("tesla"),
                                     QStringLiteral("quadro"), QStringLiteral("geforce")};
    return vendors.contains(t.toLower());
}

// Tokens after the chip name: memory size, form factor, memory type.
bool isTrailingToken(const QString &t)
{
    static const QRegularExpression trailing(
        QStringLiteral("^(\\d+gb|pcie|sxm\\d*|hbm\\d*e?|nvl|mig)$"),
        QRegularExpression::CaseInsensitiveOption);
    return trailing.match(t).hasMatch();
}

QString idOf(const QString &name)
{
    QString id = name.toLower();
    id.remove(QLatin1Char(' '));
    return id;
}

struct Product
{
    QString base;       // "A100", "RTX 5000"
    QString migProfile; // "1g.10gb" or empty
};

Product parseProduct(const QString &product)
{
    static const QRegularExpression sep(QStringLiteral("[-_ ]+"));
    const QStringList tokens = product.split(sep, Qt::SkipEmptyParts);
    Product p;
    QStringList base;
    bool inBase = true;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t.compare(QLatin1String("MIG"), Qt::CaseInsensitive) == 0 && i + 1 < tokens.size()) {
            p.migProfile = tokens.at(i + 1).toLower();
            break;
        }
        if (!inBase)
            continue;
        if (base.isEmpty() && isVendorToken(t))
            continue;
        if (!base.isEmpty() && isTrailingToken(t)) {
            inBase = false;
            continue;
        }
        base << t.toUpper();
    }
    p.base = base.join(QLatin1Char(' '));
    return p;
}

AcceleratorModel gpuModel(const QString &base, const QMap<QString, QString> &names)
{
    AcceleratorModel m;
    m.id = idOf(base);
    m.name = names.value(m.id, base);
    m.kind = AcceleratorKind::Gpu;
    return m;
}

AcceleratorModel migModel(const AcceleratorModel &parent, const QString &profile,
                          const QMap<QString, QString> &names)
{
    // A 7g profile is the whole GPU as one instance (AI_INFN names whole A100s so).
    if (profile.startsWith(QLatin1String("7g.")))
        return parent;
    AcceleratorModel m;
    m.id = parent.id + QLatin1Char('-') + profile;
    m.name = names.value(m.id, Tr::tr("%1 MIG %2").arg(parent.name, profile));
    m.kind = AcceleratorKind::MigSlice;
    m.parentId = parent.id;
    m.parentName = parent.name;
    m.migProfile = profile;
    return m;
}

AcceleratorModel fromId(const QString &id, AcceleratorKind kind,
                        const QMap<QString, QString> &names)
{
    AcceleratorModel m;
    m.id = id.toLower();
    m.name = names.value(m.id, id.toUpper());
    m.kind = kind;
    return m;
}

AcceleratorModel unknownGpu()
{
    AcceleratorModel m;
    m.id = QStringLiteral("gpu");
    m.name = Tr::tr("GPU (model not labelled)");
    return m;
}

AcceleratorModel fpgaModel(const QString &resource, const QMap<QString, QString> &labels,
                           const QMap<QString, QString> &names)
{
    static const QRegularExpression board(
        QStringLiteral("(?:^|[_/-])((?:u|v|vck|vu)\\d{2,4})(?:_|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString shell = resource.section(QLatin1Char('/'), 1);
    const auto match = board.match(shell);
    if (match.hasMatch())
        return fromId(match.captured(1), AcceleratorKind::Fpga, names);
    const QString label = labels.value(QStringLiteral("xilinx-fpga-type"));
    if (!label.isEmpty())
        return fromId(label, AcceleratorKind::Fpga, names);
    AcceleratorModel m;
    m.id = shell.toLower();
    m.name = names.value(m.id, shell);
    m.kind = AcceleratorKind::Fpga;
    return m;
}

} // namespace

const char *kindKey(AcceleratorKind kind)
{
    switch (kind) {
    case AcceleratorKind::Gpu:
        return "gpu";
    case AcceleratorKind::MigSlice:
        return "mig";
    case AcceleratorKind::Fpga:
        return "fpga";
    }
    return "gpu";
}

bool isAcceleratorResource(const QString &resource)
{
    return resource == kGpu || resource.startsWith(kMigPrefix) ||
           resource.startsWith(QLatin1String("xilinx.com/fpga-")) ||
           resource.startsWith(QLatin1String("amd.com/"));
}

AcceleratorModel modelForGpuProduct(const QString &product, const QMap<QString, QString> &names)
{
    const Product p = parseProduct(product);
    if (p.base.isEmpty())
        return unknownGpu();
    const AcceleratorModel gpu = gpuModel(p.base, names);
    return p.migProfile.isEmpty() ? gpu : migModel(gpu, p.migProfile, names);
}

AcceleratorModel modelForResource(const QString &resource, const QMap<QString, QString> &labels,
                                  const QMap<QString, QString> &names)
{
    if (resource == kGpu) {
        const QString product = labels.value(kProduct);
        if (!product.isEmpty())
            return modelForGpuProduct(product, names);
        for (const char *key : {"nvidia-gpu-type", "accelerator"}) {
            const QString id = labels.value(QLatin1String(key));
            if (!id.isEmpty())
                return fromId(id, AcceleratorKind::Gpu, names);
        }
        return unknownGpu();
    }
    if (resource.startsWith(kMigPrefix)) {
        const QString profile = resource.mid(kMigPrefix.size()).toLower();
        QString product = labels.value(kMigPrefix + profile + QLatin1String(".product"));
        if (product.isEmpty())
            product = labels.value(kProduct);
        AcceleratorModel parent = modelForGpuProduct(product, names);
        if (parent.kind == AcceleratorKind::MigSlice) {
            // The product names the slice itself: its parent is the GPU.
            AcceleratorModel whole;
            whole.id = parent.parentId;
            whole.name = names.value(whole.id, parseProduct(product).base);
            parent = whole;
        } else if (!parent.isValid() || parent.id == QLatin1String("gpu")) {
            const QString id = labels.value(QStringLiteral("accelerator"));
            parent = id.isEmpty() ? unknownGpu() : fromId(id, AcceleratorKind::Gpu, names);
        }
        AcceleratorModel slice = migModel(parent, profile, names);
        if (slice.kind != AcceleratorKind::MigSlice) // a 7g instance counts as its GPU
            return parent;
        return slice;
    }
    if (resource == QLatin1String("amd.com/gpu"))
        return fromId(QStringLiteral("amd-gpu"), AcceleratorKind::Gpu, names);
    return fpgaModel(resource, labels, names);
}

} // namespace plancia::availability
