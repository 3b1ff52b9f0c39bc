-- A swap hands the slot to another leader's account: the scoped role may update the leader's id with the name.
GRANT UPDATE (leader_user_id) ON reception_slot TO xinfang_scoped;
