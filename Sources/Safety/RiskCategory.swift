/// The kind of risk a rule recognises.
public enum RiskCategory: String, Sendable, Codable, CaseIterable {
    /// Thoughts of, plans for, or acts of suicide.
    case suicide
    /// Self-harm without suicidal intent: cutting, burning, hitting oneself.
    case selfHarm = "self_harm"
    /// Intent or urge to hurt another person.
    case harmToOthers = "harm_to_others"
    /// Being hurt, threatened or controlled by someone else.
    case abuseOrViolence = "abuse_or_violence"
    /// A body in danger now: overdose, cannot breathe, chest pain, seizure.
    case medicalEmergency = "medical_emergency"
}
