extension Int {
    /// `value` rounded towards zero and clamped to `Int`'s range; NaN is 0. Numbers read from files a person can edit
    /// pass through here, so an absurd value prints oddly instead of trapping.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= Double(Int.max) {
            self = .max
        } else if value <= Double(Int.min) {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
