package cn.fuyi.reconsideration.intake;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import cn.fuyi.common.IdentityEntity;
import cn.fuyi.reconsideration.api.CaseInputs.PartyInput;

/**
 * A citizen or organisation taking part in a case or a lawsuit. ID numbers, phones and addresses are personal
 * information.
 */
@MappedSuperclass
public abstract class PartyRecord extends IdentityEntity {

    public int position;
    @Enumerated(EnumType.STRING)
    public PartyKind kind;
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdType idType;
    @Column(name = "id_number")
    public String idNumber;
    public String phone;
    public String address;
    @Column(name = "legal_representative")
    public String legalRepresentative;

    /** Copies what was entered, trimmed, blanks as empty. */
    public void fill(PartyInput in, int position) {
        this.position = position;
        this.kind = in.kind();
        this.name = in.name().trim();
        this.idType = in.idType();
        this.idNumber = blankToNull(in.idNumber());
        this.phone = blankToNull(in.phone());
        this.address = blankToNull(in.address());
        this.legalRepresentative = blankToNull(in.legalRepresentative());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
