package cn.fuyi.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.CallbackException;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Makes a write without an audit record impossible: flushing any entity change in a transaction that has not
 * recorded one fails the transaction. A future endpoint that forgets its audit record fails its first test.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditGuard implements Interceptor {

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        require(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        require(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        require(entity);
    }

    private static void require(Object entity) {
        var context = Arc.container().instance(AuditContext.class);
        boolean recorded;
        try {
            recorded = context.get().recorded();
        } catch (RuntimeException e) {
            recorded = false;
        }
        if (!recorded) {
            throw new CallbackException("Write of " + entity.getClass().getSimpleName() + " without an audit record");
        }
    }
}
