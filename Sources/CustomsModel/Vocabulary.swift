/// What a metric record measures. Raw values are the wire names of `metrics.md`.
public enum Metric: String, Codable, Sendable, Hashable, CaseIterable {
    case revenue
    case revenueTarget = "revenue_target"
    case tradeValue = "trade_value"
    case declarations
    case enterprises
    case violations
    case violationValue = "violation_value"
    case penaltyCases = "penalty_cases"
    case fines
    case prosecutions
    case travellers
    case vehicles

    /// The flows this metric is broken down by; empty when `flow` is always `null`.
    public var flows: [Flow] {
        switch self {
        case .tradeValue, .declarations: return [.total, .import, .export]
        case .travellers, .vehicles: return [.total, .exit, .entry]
        default: return []
        }
    }

    /// The unit a figure of this metric is normally stated in.
    public var defaultUnit: MeasureUnit {
        switch self {
        case .revenue, .revenueTarget, .violationValue, .fines: return .vnd
        case .tradeValue: return .usd
        default: return .count
        }
    }
}

/// The direction of a flow metric (goods or people crossing the border).
public enum Flow: String, Codable, Sendable, Hashable, CaseIterable {
    case total, `import`, export, exit, entry
}

/// The unit of `value`: base units (đồng, dollars) or a plain count.
public enum MeasureUnit: String, Codable, Sendable, Hashable, CaseIterable {
    case vnd = "VND"
    case usd = "USD"
    case count
}

/// How exact the stated figure is ("hơn", "khoảng", "từ A đến B" ...).
public enum Qualifier: String, Codable, Sendable, Hashable, CaseIterable {
    case exact, over, under, about, range
}

/// Whether the figure is an outcome or a projection for a period not yet over.
public enum Basis: String, Codable, Sendable, Hashable, CaseIterable {
    case actual, forecast
}

/// The kind of a revenue target: the assigned estimate or the stretch goal.
public enum TargetKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// "dự toán", "chỉ tiêu được giao", "kế hoạch".
    case estimate
    /// "phấn đấu", "chỉ tiêu phấn đấu".
    case stretch
}

// MARK: hashing by case
//
// A raw-value enum takes `RawRepresentable`'s `hash(into:)`, which hashes the raw String. Raw
// values are unique, so hashing the case instead is equivalent (equal values still hash alike)
// and several times cheaper; aggregate keys hash these for every record the worker applies.

extension Metric {
    /// The case's position in the declaration.
    var ordinal: UInt8 {
        switch self {
        case .revenue: 0
        case .revenueTarget: 1
        case .tradeValue: 2
        case .declarations: 3
        case .enterprises: 4
        case .violations: 5
        case .violationValue: 6
        case .penaltyCases: 7
        case .fines: 8
        case .prosecutions: 9
        case .travellers: 10
        case .vehicles: 11
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension Flow {
    var ordinal: UInt8 {
        switch self {
        case .total: 0
        case .import: 1
        case .export: 2
        case .exit: 3
        case .entry: 4
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension MeasureUnit {
    var ordinal: UInt8 {
        switch self {
        case .vnd: 0
        case .usd: 1
        case .count: 2
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension Qualifier {
    var ordinal: UInt8 {
        switch self {
        case .exact: 0
        case .over: 1
        case .under: 2
        case .about: 3
        case .range: 4
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension Basis {
    var ordinal: UInt8 { self == .actual ? 0 : 1 }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension TargetKind {
    var ordinal: UInt8 { self == .estimate ? 0 : 1 }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
