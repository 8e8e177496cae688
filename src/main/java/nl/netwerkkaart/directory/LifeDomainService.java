package nl.netwerkkaart.directory;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class LifeDomainService {

    private final LifeDomainRepository lifeDomains;

    LifeDomainService(LifeDomainRepository lifeDomains) {
        this.lifeDomains = lifeDomains;
    }

    /** All reference domains in their fixed order (ZRM first, then the family domains). */
    public List<LifeDomain> lifeDomains() {
        return lifeDomains.findAll();
    }
}
